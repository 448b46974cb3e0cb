using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.UnitTests.Qualifications;

public sealed class EarlyYearsListTests
{
    private static Func<string, string> Row(params (string Column, string Value)[] values)
    {
        var row = new Dictionary<string, string>
        {
            [EarlyYearsList.Ref] = "EYQ-240",
            [EarlyYearsList.Level] = "3",
            [EarlyYearsList.From] = "Sep-20",
            [EarlyYearsList.To] = "Jan-23",
            [EarlyYearsList.Name] = "T Level Technical Qualification in Education and Childcare ",
            [EarlyYearsList.Body] = "NCFE",
            [EarlyYearsList.Number] = "603/5829/4",
            [EarlyYearsList.Notes] = "None",
        };
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }
        return column => row[column];
    }

    [Fact]
    public void A_good_row_becomes_a_record()
    {
        var (record, problems) = EarlyYearsList.ReadRow("list.csv", 202, Row());
        Assert.Empty(problems);
        Assert.Equal("EYQ-240", record!.Reference);
        Assert.Equal("T Level Technical Qualification in Education and Childcare", record.Title);
        Assert.Equal(new DateOnly(2020, 9, 1), record.ValidFrom);
        Assert.Equal(new DateOnly(2023, 1, 1), record.ValidTo);
        Assert.Null(record.Notes);
    }

    [Fact]
    public void Every_problem_in_a_row_names_its_column_and_says_how_to_fix_it()
    {
        var (record, problems) = EarlyYearsList.ReadRow("list.csv", 7, Row(
            (EarlyYearsList.Ref, "Q240"), (EarlyYearsList.Level, "9"), (EarlyYearsList.From, "2020"),
            (EarlyYearsList.Name, ""), (EarlyYearsList.Number, "603-5829-4")));
        Assert.Null(record);
        Assert.Equal([EarlyYearsList.Ref, EarlyYearsList.Level, EarlyYearsList.From, EarlyYearsList.Name, EarlyYearsList.Number], problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(7, p.Row));
        Assert.Equal("'9' is not a qualification level. Use a number from 1 to 8, or entry", problems[1].Message);
        Assert.Equal("list.csv, row 7, column 'Qualification Level' ('9'): '9' is not a qualification level. Use a number from 1 to 8, or entry", problems[1].ToString());
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        var (_, problems) = EarlyYearsList.ReadRow("list.csv", 3, Row((EarlyYearsList.From, "Sep-24"), (EarlyYearsList.To, "Aug-14")));
        Assert.Equal("The end (Aug-14) is before the start (Sep-24). Swap them or correct one", Assert.Single(problems).Message);
    }
}
