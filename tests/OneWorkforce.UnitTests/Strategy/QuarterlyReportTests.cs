using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;

namespace OneWorkforce.UnitTests.Strategy;

/// <summary>The quarterly report: values as at the quarter's end, actions by status, changes since the last issued report, exceptions.</summary>
public sealed class QuarterlyReportTests
{
    private static readonly WorkforceStrategy Strategy = new() { Id = 1, Title = "Children's Workforce Strategy", StartYear = 2010, EndYear = 2012 };

    private static readonly SuccessIndicator Level3 = new()
    {
        Id = 7, Name = "Early years staff at level 3 or above", Unit = IndicatorUnits.Percent, Baseline = 60, BaselineOn = new DateOnly(2010, 1, 1),
        Target = 80, DueOn = new DateOnly(2012, 1, 1),
    };

    private static IndicatorValue V(int id, string on, decimal value) => new() { Id = id, On = DateOnly.Parse(on), Value = value, Source = "workforce data", RecordedBy = "lead" };

    private static ActionFacts A(int id, int number, string status, string? due = null, params (string On, string Text)[] notes) =>
        new(new PlanAction { Id = id, Number = number, Title = $"Action {number}", Arcs = "all", Status = status, DueOn = due is null ? null : DateOnly.Parse(due) },
            "Recruitment and Retention", notes.Select((n, i) => new ActionProgressNote { Id = i + 1, ActionId = id, On = DateOnly.Parse(n.On), Text = n.Text, AddedBy = "lead" }).ToList());

    [Fact]
    public void The_report_reads_values_as_at_the_end_of_the_quarter_and_lists_exceptions()
    {
        var values = new[] { V(1, "2010-03-31", 62), V(2, "2010-09-30", 61), V(3, "2010-12-31", 75) };
        var report = QuarterlyReport.Build(Strategy, new Quarter(2010, 3), [(Level3, values)],
            [A(1, 1, ActionStatuses.OnTrack), A(2, 2, ActionStatuses.OffTrack), A(3, 3, ActionStatuses.OnTrack, "2010-08-31"), A(4, 4, ActionStatuses.Done, null, ("2010-08-01", "Glossary published"))],
            null);
        var line = Assert.Single(report.Indicators);
        Assert.Equal((61m, DateOnly.Parse("2010-09-30"), Rag.Red), (line.Value!.Value, line.ValueOn!.Value, line.Rag)); // the December value is not yet known in Q3
        Assert.Equal(2, report.ActionsByStatus["On track"]); // action 3 is on track by its status, but red in the report because it is overdue
        Assert.Equal(1, report.ActionsByStatus["Off track"]);
        Assert.Equal(1, report.ActionsByStatus["Done"]);
        Assert.Equal(["green", "red", "red", "blue"], report.Actions.Select(a => a.Rag));
        Assert.Equal("Glossary published", report.Actions[3].LatestNote);
        Assert.Contains("Action 2 is off track: Action 2", report.Exceptions);
        Assert.Contains("Action 3 was due by 31 August 2010 and is not done: Action 3", report.Exceptions);
        Assert.Contains(report.Exceptions, e => e.StartsWith("Early years staff at level 3 or above is at 61%"));
        Assert.Null(report.PreviousQuarter);
    }

    [Fact]
    public void Changes_since_the_last_issued_report_are_listed()
    {
        var q3 = QuarterlyReport.Build(Strategy, new Quarter(2010, 3), [(Level3, [V(1, "2010-09-30", 61)])], [A(1, 1, ActionStatuses.NotStarted)], null);
        var q4 = QuarterlyReport.Build(Strategy, new Quarter(2010, 4), [(Level3, [V(1, "2010-09-30", 61), V(2, "2010-12-31", 66)])],
            [A(1, 1, ActionStatuses.OnTrack, null, ("2010-11-15", "Workshops booked")), A(2, 2, ActionStatuses.NotStarted)], q3);
        Assert.Equal("2010Q3", q4.PreviousQuarter);
        Assert.Contains("Action 1 moved from Not started to On track: Action 1", q4.Changes);
        Assert.Contains("New action 2: Action 2", q4.Changes);
        Assert.Contains("Early years staff at level 3 or above moved from red to amber (61% to 66%)", q4.Changes);
        Assert.Contains("Action 1: Workshops booked", q4.Changes);
    }
}
