using OneWorkforce.Core.Assessment;

namespace OneWorkforce.UnitTests.Assessment;

public sealed class MatrixAnalysisTests
{
    /// <summary>Seed 001 appendix E, "Scores from OCWT analysis", as printed (rows: arcs 1–8; columns: stages 1–8).</summary>
    public static readonly decimal[,] AppendixE =
    {
        { 3.3m, 2.6m, 3.2m, 4.3m, 4.1m, 3.3m, 3.3m, 3.5m },
        { 2.9m, 2.6m, 2.6m, 3.3m, 3.8m, 2.7m, 2.7m, 2.6m },
        { 2.8m, 2.5m, 2.3m, 3.1m, 3.4m, 2.7m, 3.3m, 3.4m },
        { 2.8m, 2.9m, 2.5m, 3.3m, 3.8m, 2.8m, 2.7m, 3.2m },
        { 2.6m, 2.8m, 2.5m, 3.0m, 2.9m, 2.5m, 3.1m, 2.4m },
        { 2.6m, 2.6m, 2.6m, 3.0m, 3.1m, 2.8m, 3.1m, 2.7m },
        { 2.5m, 2.2m, 3.2m, 2.9m, 3.5m, 3.1m, 2.4m, 3.3m },
        { 3.7m, 2.8m, 3.6m, 3.6m, 3.1m, 4.2m, 3.6m, 4.1m },
    };

    public static List<CellScore> AppendixEScores() =>
        (from arc in Enumerable.Range(1, 8)
         from stage in Enumerable.Range(1, 8)
         select new CellScore("workshop", RespondentGroups.Leaders, null, arc, stage, AppendixE[arc - 1, stage - 1])).ToList();

    [Fact]
    public void Appendix_E_entered_as_a_matrix_gives_the_seed_arc_averages_and_overall()
    {
        var figures = MatrixAnalysis.Analyse(AppendixEScores());

        Assert.Equal(3.45m, MatrixAnalysis.Round(figures.Arc(1).Mean!.Value)); // shared identity, purpose and vision: 27.6 / 8
        Assert.Equal(3.59m, MatrixAnalysis.Round(figures.Arc(8).Mean!.Value)); // Every Child Matters outcomes: 28.7 / 8 = 3.5875
        Assert.Equal(2.73m, MatrixAnalysis.Round(figures.Arc(5).Mean!.Value)); // trained workforce: 21.8 / 8 = 2.725, half rounded up
        Assert.Equal(3.04m, MatrixAnalysis.Round(figures.Overall!.Value));     // 194.6 / 64 = 3.040625
        Assert.Equal(64, figures.Count);
    }

    [Fact]
    public void Appendix_E_lowest_and_highest_cells_are_the_seed_ones()
    {
        var figures = MatrixAnalysis.Analyse(AppendixEScores());

        var lowest = figures.Cells.MinBy(c => c.Mean)!;
        var highest = figures.Cells.MaxBy(c => c.Mean)!;
        Assert.Equal((7, 2, 2.2m), (lowest.Arc, lowest.Stage, lowest.Mean)); // capacity to deliver × get the right people to help
        Assert.Equal((1, 4, 4.3m), (highest.Arc, highest.Stage, highest.Mean)); // shared identity × get it working across the workforce
    }

    [Fact]
    public void Dont_know_is_left_out_of_every_average_but_counted_apart()
    {
        CellScore Score(string who, int arc, int stage, decimal? score) => new(who, RespondentGroups.Frontline, null, arc, stage, score);
        var figures = MatrixAnalysis.Analyse([Score("a", 1, 1, 4), Score("b", 1, 1, 2), Score("c", 1, 1, null), Score("a", 1, 2, 5), Score("b", 2, 1, 1)]);

        var cell = figures.Cell(1, 1);
        Assert.Equal(3m, cell.Mean);            // (4 + 2) / 2, the don't know left out
        Assert.Equal(2, cell.Count);
        Assert.Equal(1, cell.DontKnow);
        Assert.Equal([0, 1, 0, 1, 0], cell.Distribution);
        Assert.Equal(11m / 3, figures.Arc(1).Mean); // arc 1 over its individual answers: (4 + 2 + 5) / 3
        Assert.Equal(7m / 3, figures.Stage(1).Mean); // stage 1: (4 + 2 + 1) / 3
        Assert.Equal(3, figures.Respondents);
        Assert.Null(figures.Cell(8, 8).Mean);
    }
}
