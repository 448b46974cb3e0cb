using OneWorkforce.Core.Assessment;

namespace OneWorkforce.UnitTests.Assessment;

public sealed class ResponsesFileTests
{
    private static readonly IReadOnlyList<string> Groups = [RespondentGroups.Leaders, RespondentGroups.Frontline];
    private static readonly IReadOnlyList<string> Places = ["Charnwood", "Hinckley and Bosworth"];

    private static IReadOnlyList<string> Row(string group, string locality, string score = "3", params (int Column, string Value)[] changes)
    {
        var row = new List<string> { group, locality };
        row.AddRange(Enumerable.Repeat(score, 64));
        row.AddRange(Enumerable.Repeat("", 8));
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }
        return row;
    }

    [Fact]
    public void Paper_rows_become_responses_with_blank_and_dk_as_dont_know_or_no_answer()
    {
        var (responses, problems) = ResponsesFile.Read("paper.csv", ResponsesFile.Header(),
            [(2, Row("Frontline staff and their managers", "charnwood", "4", (2, "dk"), (3, ""), (66, "Good joint training"))), (3, Row("leaders", ""))], Groups, Places);
        Assert.Empty(problems);
        Assert.Equal(2, responses.Count);
        Assert.Equal(("frontline", "Charnwood"), (responses[0].Group, responses[0].Locality));
        Assert.Equal("D-" + new string('4', 62), AssessmentQuestionnaire.Line(responses[0].Answers));
        Assert.Equal("Good joint training", responses[0].Answers["c1"]);
        Assert.Null(responses[1].Locality);
    }

    [Fact]
    public void Every_bad_cell_is_named_by_row_and_column_and_nothing_is_returned()
    {
        var (responses, problems) = ResponsesFile.Read("paper.csv", ResponsesFile.Header(),
            [(2, Row("leaders", "", "3", (10, "3.5"))), (3, Row("leaders", "", "3", (65, "six"))), (4, Row("partners", "Leicester")), (5, Row("leaders", "", "", (66, new string('x', 2001))))], Groups, Places);
        Assert.Empty(responses);
        Assert.Contains(problems, p => (p.Row, p.Column, p.Value) == (2, "A2S1", "3.5"));
        Assert.Contains(problems, p => (p.Row, p.Column, p.Value) == (3, "A8S8", "six"));
        Assert.Contains(problems, p => (p.Row, p.Column) == (4, ResponsesFile.GroupColumn)); // partners are not asked in this cycle
        Assert.Contains(problems, p => (p.Row, p.Column) == (4, ResponsesFile.LocalityColumn));
        Assert.Contains(problems, p => (p.Row, p.Column) == (5, "C1") && p.Message.Contains("2,000"));
        Assert.All(problems, p => Assert.Equal("paper.csv", p.File));
    }

    [Fact]
    public void A_header_missing_items_or_with_unknown_columns_is_refused_before_any_row()
    {
        var header = ResponsesFile.Header().Where(h => h != "A4S4").Append("Score").ToList();
        var (_, problems) = ResponsesFile.Read("paper.csv", header, [(2, Row("leaders", ""))], Groups, Places);
        Assert.Contains(problems, p => p.Column == "Score" && p.Message.Contains("is not a column"));
        Assert.Contains(problems, p => p.Column == "A4S4" && p.Message.Contains("missing 1 column"));
    }
}
