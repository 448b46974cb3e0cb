using System.Text.Json;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Strategy;

/// <summary><c>strategy create</c>, <c>list</c>, <c>actions</c> and <c>report --quarter … --issue</c> on a real database.</summary>
public sealed class StrategyCliTests
{
    private static Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args) => Cli.Cli.RunAsync(database, args);

    [Fact]
    public async Task A_strategy_made_from_the_sector_skills_agreement_reports_its_quarter_and_issues_it_once()
    {
        using var database = new TestDatabase();
        var area = await RunAsync(database, "areas", "create", "--name", "Herefordshire", "--code", "E06000019", "--district", "Hereford");
        Assert.True(area.Exit == 0, area.Error);
        var made = await RunAsync(database, "strategy", "create", "--area", "E06000019", "--template", "ssa");
        Assert.True(made.Exit == 0, made.Error);
        Assert.Contains("\"Children and young people's workforce: Sector Skills Agreement priorities\" (2008–13): 5 priorities, 19 actions.", made.Out);
        var bad = await RunAsync(database, "strategy", "create", "--area", "E06000019", "--template", "nope");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--template: Choose a template from the list, or start blank", bad.Error);

        var actions = JsonDocument.Parse((await RunAsync(database, "strategy", "actions", "--area", "E06000019")).Out).RootElement;
        Assert.Equal(19, actions.GetArrayLength());
        Assert.Equal("Recruitment and Retention", actions[0].GetProperty("priority").GetString());
        Assert.Equal("2009-06-30", actions[1].GetProperty("dueOn").GetString()); // solution 2, short term: 18 months from January 2008

        var notAQuarter = await RunAsync(database, "strategy", "report", "--area", "E06000019", "--quarter", "2010Q5");
        Assert.Equal(2, notAQuarter.Exit);
        Assert.Contains("--quarter: '2010Q5' is not a quarter. Write it like 2010Q3", notAQuarter.Error);
        var report = await RunAsync(database, "strategy", "report", "--area", "E06000019", "--quarter", "2010Q3", "--issue", "--format", "json");
        Assert.True(report.Exit == 0, report.Error);
        var json = JsonDocument.Parse(report.Out).RootElement;
        Assert.True(json.GetProperty("issued").GetBoolean());
        var body = json.GetProperty("report");
        Assert.Equal("2010Q3", body.GetProperty("quarter").GetString());
        Assert.Equal(19, body.GetProperty("actionsByStatus").GetProperty("Not started").GetInt32());
        // By the end of 2010Q3 the short-term solutions (due mid-2009) are overdue: exceptions for the management group.
        Assert.Contains(body.GetProperty("exceptions").EnumerateArray(), e => e.GetString()!.StartsWith("Action 2 was due by 30 June 2009 and is not done"));
        var again = await RunAsync(database, "strategy", "report", "--area", "E06000019", "--quarter", "2010Q3", "--issue", "--format", "csv");
        Assert.Equal(0, again.Exit);
        Assert.Contains("The report for 2010Q3 was issued before", again.Error);
        Assert.Contains("Actions by status,Not started,,19", again.Out);
        var future = await RunAsync(database, "strategy", "report", "--area", "E06000019", "--quarter", "2099Q1", "--issue");
        Assert.Equal(2, future.Exit);
    }
}
