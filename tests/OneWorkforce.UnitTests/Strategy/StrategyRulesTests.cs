using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;

namespace OneWorkforce.UnitTests.Strategy;

/// <summary>Timescales (seed 004 §3.7), quarters, red/amber/green for indicators and actions, and the seed templates.</summary>
public sealed class StrategyRulesTests
{
    [Theory]
    [InlineData("short", "2010-04-01", "2011-09-30")]  // short = 18 months
    [InlineData("medium", "2010-04-01", "2013-03-31")] // medium = 3 years
    [InlineData("long", "2010-04-01", "2015-03-31")]   // long = 5 years
    public void Timescales_run_18_months_3_years_and_5_years_from_the_start(string timescale, string start, string due)
    {
        Assert.Equal(DateOnly.Parse(due), Timescales.DueFrom(DateOnly.Parse(start), timescale));
    }

    [Theory]
    [InlineData("2010Q3", 2010, 3, "2010-07-01", "2010-09-30")]
    [InlineData("2026q1", 2026, 1, "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", 2026, 4, "2026-10-01", "2026-12-31")]
    public void Quarters_read_as_written(string text, int year, int number, string starts, string ends)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal((year, number, DateOnly.Parse(starts), DateOnly.Parse(ends)), (quarter.Year, quarter.Number, quarter.Starts, quarter.Ends));
        Assert.Equal(new Quarter(2010, 2), new Quarter(2010, 3).Previous);
        Assert.Equal(new Quarter(2009, 4), new Quarter(2010, 1).Previous);
        Assert.Equal("2010Q3", new Quarter(2010, 3).ToString());
        Assert.Equal(new DateOnly(2010, 9, 30), new Quarter(2010, 3).AsAt(new DateOnly(2011, 1, 5))); // a past quarter reads as at its end
        Assert.Equal(new DateOnly(2010, 8, 5), new Quarter(2010, 3).AsAt(new DateOnly(2010, 8, 5)));  // the running one as at today
    }

    [Theory]
    [InlineData("2010Q5")]
    [InlineData("Q3 2010")]
    [InlineData("")]
    public void Other_quarters_are_refused(string text) => Assert.False(Quarter.TryParse(text, out _));

    private static SuccessIndicator Level3(bool higherIsBetter = true, decimal baseline = 60, decimal target = 80) => new()
    {
        Name = "Early years staff at level 3 or above", Unit = IndicatorUnits.Percent, HigherIsBetter = higherIsBetter,
        Baseline = baseline, BaselineOn = new DateOnly(2010, 1, 1), Target = target, DueOn = new DateOnly(2012, 1, 1),
    };

    [Theory]
    // Halfway through, the straight line from 60 to 80 is at 70.
    [InlineData(82, "2011-01-01", "2011-01-01", "green")]  // target met
    [InlineData(70, "2011-01-01", "2011-01-01", "green")]  // on the line
    [InlineData(67, "2011-01-01", "2011-01-01", "amber")]  // 3 behind: 15% of the way
    [InlineData(65, "2011-01-01", "2011-01-01", "red")]    // 5 behind: 25% of the way
    [InlineData(79, "2012-01-01", "2012-02-01", "red")]    // due date passed without meeting the target
    [InlineData(80, "2012-01-01", "2012-02-01", "green")]
    public void An_indicator_is_rated_against_the_line_from_its_baseline_to_its_target(double value, string on, string asAt, string rag)
    {
        Assert.Equal(rag, Rag.ForIndicator(Level3(), (decimal)value, DateOnly.Parse(on), DateOnly.Parse(asAt)));
    }

    [Fact]
    public void Lower_is_better_turns_the_line_round_and_no_value_is_grey()
    {
        var turnover = Level3(higherIsBetter: false, baseline: 20, target: 10);
        Assert.Equal(Rag.Green, Rag.ForIndicator(turnover, 15, new DateOnly(2011, 1, 1), new DateOnly(2011, 1, 1)));
        Assert.Equal(Rag.Amber, Rag.ForIndicator(turnover, 16.5m, new DateOnly(2011, 1, 1), new DateOnly(2011, 1, 1)));
        Assert.Equal(Rag.Red, Rag.ForIndicator(turnover, 19, new DateOnly(2011, 1, 1), new DateOnly(2011, 1, 1)));
        Assert.Equal(Rag.Green, Rag.ForIndicator(turnover, 9, new DateOnly(2011, 1, 1), new DateOnly(2011, 1, 1)));
        Assert.Equal(Rag.Grey, Rag.ForIndicator(turnover, null, null, new DateOnly(2011, 1, 1)));
        var noBaseline = Level3();
        noBaseline.Baseline = null;
        Assert.Equal(Rag.Amber, Rag.ForIndicator(noBaseline, 50, new DateOnly(2011, 1, 1), new DateOnly(2011, 1, 1)));
    }

    [Theory]
    [InlineData("on-track", null, "green")]
    [InlineData("at-risk", null, "amber")]
    [InlineData("off-track", null, "red")]
    [InlineData("not-started", null, "grey")]
    [InlineData("done", "2010-01-01", "blue")]
    [InlineData("on-track", "2010-06-30", "red")] // past its due date and not done
    [InlineData("on-track", "2010-07-01", "green")]
    public void An_action_takes_its_status_colour_unless_it_is_overdue(string status, string? due, string rag)
    {
        Assert.Equal(rag, Rag.ForAction(status, due is null ? null : DateOnly.Parse(due), new DateOnly(2010, 7, 1)));
    }

    [Fact]
    public void The_templates_are_complete()
    {
        var ssa = StrategyTemplates.Ssa;
        Assert.Equal(5, ssa.Priorities.Count); // seed 004: five SSA priorities
        Assert.Equal(19, ssa.Priorities.Sum(p => p.Actions.Count)); // and nineteen solutions
        Assert.Equal(["Recruitment and Retention", "Workforce Skills", "Qualifications and Training", "Funding for Training and Development", "Workforce Intelligence"],
            ssa.Priorities.Select(p => p.Title));
        Assert.Equal(("long", "short"), (ssa.Priorities[2].Actions[0].Timescale, ssa.Priorities[2].Actions[2].Timescale)); // solutions 11 and 13
        Assert.All(ssa.Priorities.SelectMany(p => p.Actions), a => Assert.Contains(a.Timescale, Timescales.All.Items.Select(i => i.Code)));
        Assert.Equal(8, StrategyTemplates.Hereford.Priorities.Count(p => p.Sector is null)); // seed 001: eight priorities
        Assert.Equal(7, StrategyTemplates.Hereford.Priorities.Count(p => p.Sector is not null)); // and appendix B's sector priorities, one per workforce sector
        Assert.Equal(Core.Reference.WorkforceCodeLists.WorkforceSectors.Items.Select(i => i.Code).Order(), StrategyTemplates.Hereford.Priorities.Where(p => p.Sector is not null).Select(p => p.Sector!).Order());
        var leicester = StrategyTemplates.Leicester;
        Assert.Equal(12, leicester.Actions.Count); // seed 003 appendix 2: twelve actions
        Assert.Equal([1, 8], leicester.Actions.Select((a, i) => (a, i)).Where(x => x.a.Priority).Select(x => x.i + 1));
        Assert.Equal(12_000, leicester.Actions[0].CostPounds);
    }

    [Fact]
    public void Inputs_name_each_field_to_fix()
    {
        var strategy = new StrategyInput("", null, null, 2012, 2010, null).Validate();
        Assert.Equal("Enter the strategy's title, like Children's Workforce Strategy", strategy.For("Title"));
        Assert.Equal("The last year must be the same as or after the first year", strategy.For("EndYear"));
        Assert.False(new StrategyInput(null, null, null, null, null, StrategyTemplates.SectorSkillsAgreement).Validate().Any);
        var (indicator, errors) = new IndicatorInput(null, null, "nonsense", null, true, "abc", null, "", null).Validate(1);
        Assert.Null(indicator);
        Assert.Equal("Choose what the indicator measures, or Entered by hand", errors.For("Measure"));
        Assert.Equal("The baseline must be a number, like 85 or 3.5", errors.For("Baseline"));
        Assert.Equal("Enter the target, like 85", errors.For("Target"));
        Assert.Equal("Enter the date the target is due, like 31 3 2028", errors.For("DueOn"));
        var (computed, none) = new IndicatorInput(null, null, "workforce:turnover:turnover", null, true, "18%", new DateOnly(2026, 1, 1), "12", new DateOnly(2028, 3, 31)).Validate(1);
        Assert.False(none.Any);
        Assert.Equal(("Turnover in the last 12 months", "percent", false, 18m, 12m), (computed!.Name, computed.Unit, computed.HigherIsBetter, computed.Baseline, computed.Target));
        var (_, value) = new ValueInput("lots", new DateOnly(2030, 1, 1), " ").Validate(new DateOnly(2026, 12, 6));
        Assert.Equal(["Value", "On", "Evidence"], value.All.Select(e => e.Key));
    }
}
