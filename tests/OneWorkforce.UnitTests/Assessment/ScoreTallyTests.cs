using OneWorkforce.Core.Assessment;

namespace OneWorkforce.UnitTests.Assessment;

public sealed class ScoreTallyTests
{
    [Fact]
    public void Score_lines_add_up_to_the_same_figures_as_the_individual_answers_and_leave_dont_know_out()
    {
        // Three respondents. Cell (1,1): 4, 2 and don't know → mean 3.00 of 2 scores, 1 don't know.
        // Cell (1,2): 5, 5 and not answered → 5.00 of 2. Every other cell: 3, 3, 3.
        static string Line(char c11, char c12) => c11.ToString() + c12 + new string('3', 62);
        var tally = new ScoreTally();
        tally.AddLine(Line('4', '5'));
        tally.AddLine(Line('2', '5'));
        tally.AddLine(Line('D', '-'));
        var figures = tally.Figures();

        Assert.Equal(3, figures.Respondents);
        Assert.Equal((3.00m, 2, 1), (figures.Cell(1, 1).Mean, figures.Cell(1, 1).Count, figures.Cell(1, 1).DontKnow));
        Assert.Equal([0, 1, 0, 1, 0], figures.Cell(1, 1).Distribution);
        Assert.Equal((5.00m, 2, 0), (figures.Cell(1, 2).Mean, figures.Cell(1, 2).Count, figures.Cell(1, 2).DontKnow));
        // Arc 1 over its individual scores: 4 + 2 + 5 + 5 + 6 stages × 3 × 3 = 70 over 22 → 3.1818…
        Assert.Equal(3.18m, MatrixAnalysis.Round(figures.Arc(1).Mean!.Value));
        Assert.Equal(22, figures.Arc(1).Count);
        // Overall: (70 + 56 × 9) / (22 + 168) = 574 / 190 = 3.0210…
        Assert.Equal(3.02m, MatrixAnalysis.Round(figures.Overall!.Value));

        var same = MatrixAnalysis.Analyse(
        [
            new("a", "leaders", null, 1, 1, 4), new("b", "leaders", null, 1, 1, 2), new("c", "leaders", null, 1, 1, null),
            new("a", "leaders", null, 1, 2, 5), new("b", "leaders", null, 1, 2, 5),
            .. from r in new[] { "a", "b", "c" } from cell in Enumerable.Range(2, 62) select new CellScore(r, "leaders", null, 1 + (cell / 8), 1 + (cell % 8), 3m),
        ]);
        Assert.Equal(figures.Overall, same.Overall);
        Assert.Equal(figures.Arc(1), same.Arc(1));
    }

    [Fact]
    public void A_line_with_nothing_answered_is_not_a_respondent_and_tallies_merge()
    {
        var empty = new ScoreTally();
        empty.AddLine(new string('-', 64));
        Assert.Equal(0, empty.Respondents);
        Assert.Null(empty.Figures().Overall);

        var other = new ScoreTally();
        other.AddLine(new string('5', 64));
        empty.Add(other);
        Assert.Equal((1, 5.00m, 64), (empty.Respondents, empty.Figures().Overall, empty.Figures().Count));
    }

    [Fact]
    public void Matrix_scores_in_hundredths_average_exactly_and_stay_out_of_the_distribution()
    {
        var tally = new ScoreTally();
        tally.Add(5, 1, 260);
        tally.Add(5, 1, 300);
        tally.Add(5, 1, 245);
        var cell = tally.Figures().Cell(5, 1);
        Assert.Equal(2.683333m, Math.Round(cell.Mean!.Value, 6)); // 8.05 / 3
        Assert.Equal([0, 0, 1, 0, 0], cell.Distribution); // only the whole 3.00
    }

    [Fact]
    public void A_score_line_puts_each_arc_and_stage_at_its_place()
    {
        var line = ScoreLine.From((arc, stage) => (arc, stage) switch { (1, 1) => "1", (8, 8) => "dk", (2, 3) => "5", (3, 3) => "7", _ => null });
        Assert.Equal(64, line.Length);
        Assert.Equal('1', line[0]);
        Assert.Equal('5', line[ScoreLine.Position(2, 3)]);
        Assert.Equal(10, ScoreLine.Position(2, 3));
        Assert.Equal('-', line[ScoreLine.Position(3, 3)]); // 7 is not a score
        Assert.Equal('D', line[63]);
    }
}
