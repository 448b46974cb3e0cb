using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Strategy;

/// <summary>
/// Workforce strategies through the web on a real database: each seed template loads complete; actions and indicators
/// with their problems named; a computed indicator reads the live data; the quarterly report issued once reads the same
/// afterwards while the next shows what changed; and only those allowed reach a strategy.
/// </summary>
public sealed class StrategyTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    private static string Html(HttpResponseMessage response) => WebUtility.HtmlDecode(response.Content.ReadAsStringAsync().Result);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string formUrl)
    {
        var response = await Browser.SubmitAsync(client, url, fields, formUrl);
        return response.StatusCode == HttpStatusCode.Redirect ? await client.GetAsync(response.Headers.Location) : response;
    }

    private async Task<(HttpClient Lead, int Id)> StartAsync(string template, string title)
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var made = await PostAsync(lead, "/strategies", [new("Template", template), new("Title", title), .. template == "blank" ? new KeyValuePair<string, string>[] { new("StartYear", "2026"), new("EndYear", "2029") } : []], "/strategies");
        Assert.Contains($"'{title}' started.", Html(made));
        var id = await app.WithScopeAsync(s => Db(s).Strategies.Where(x => x.Title == title).Select(x => x.Id).SingleAsync());
        return (lead, id);
    }

    [Fact]
    public async Task Each_template_loads_complete()
    {
        var (_, ssa) = await StartAsync(StrategyTemplates.SectorSkillsAgreement, "SSA test");
        var (_, hereford) = await StartAsync(StrategyTemplates.Herefordshire, "Herefordshire test");
        var (lead, leicester) = await StartAsync(StrategyTemplates.Leicestershire, "Leicestershire test");
        await app.WithScopeAsync(async s =>
        {
            var db = Db(s);
            Assert.Equal(5, await db.StrategyPriorities.CountAsync(p => p.StrategyId == ssa));
            var actions = await db.PlanActions.AsNoTracking().Where(a => a.StrategyId == ssa).OrderBy(a => a.Number).ToListAsync();
            Assert.Equal(19, actions.Count); // seed 004: nineteen solutions
            Assert.Equal(Enumerable.Range(1, 19), actions.Select(a => a.Number));
            var strategy = await db.Strategies.SingleAsync(x => x.Id == ssa);
            var start = new DateOnly(strategy.StartYear, 1, 1);
            Assert.All(actions, a => Assert.Equal(Timescales.DueFrom(start, a.TimescaleCategory!), a.DueOn));
            Assert.Equal(("short", start.AddMonths(18).AddDays(-1)), (actions[12].TimescaleCategory, actions[12].DueOn!.Value)); // solution 13, apprenticeships
            Assert.Equal(8, await db.StrategyPriorities.CountAsync(p => p.StrategyId == hereford && p.Sector == null));
            Assert.Equal(7, await db.StrategyPriorities.CountAsync(p => p.StrategyId == hereford && p.Sector != null));
            var twelve = await db.PlanActions.AsNoTracking().Where(a => a.StrategyId == leicester).OrderBy(a => a.Number).ToListAsync();
            Assert.Equal(12, twelve.Count);
            Assert.Equal([1, 8], twelve.Where(a => a.Priority).Select(a => a.Number));
            Assert.Equal(1_200_000, twelve[0].EstimatedCostPence);
        });
        var plan = Html(await lead.GetAsync($"/strategies/{ssa}"));
        Assert.Contains("5. Workforce Intelligence", plan);
        Assert.Contains("Short term (18 months)", plan);
        var csv = await lead.GetStringAsync($"/strategies/{leicester}?Format=csv");
        Assert.Contains("Development and implementation of a Workforce Development Activation Strategy", csv);
        Assert.Equal(13, csv.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Actions_and_indicators_name_each_problem_and_keep_their_progress()
    {
        var (lead, id) = await StartAsync("blank", "Blank test strategy");
        await PostAsync(lead, $"/strategies/{id}?handler=Priority", [new("PriorityTitle", "Deliver high quality induction"), new("PrioritySector", "early-years")], $"/strategies/{id}");
        var priority = await app.WithScopeAsync(s => Db(s).StrategyPriorities.Where(p => p.StrategyId == id).Select(p => p.Id).SingleAsync());
        var form = $"/strategies/{id}/actions/edit";
        var bad = Html(await PostAsync(lead, form, [new("Title", ""), new("Status", "on-track"), new("DependsOn", "7"), new("StartOn.Day", "1"), new("StartOn.Month", "4"),
            new("StartOn.Year", "2026"), new("DueOn.Day", "1"), new("DueOn.Month", "1"), new("DueOn.Year", "2026"), new("EstimatedCost", "lots")], form));
        Assert.Contains("Enter the action, for example Develop a common induction programme", bad);
        Assert.Contains("'7' is not the number of another action of this strategy", bad);
        Assert.Contains("The due date must be on or after the start date", bad);
        Assert.Contains("Enter the estimated cost in pounds", bad);
        await PostAsync(lead, form, [new("Title", "Common induction for every new starter"), new("PriorityId", priority.ToString()), new("TimescaleCategory", "short"),
            new("StartOn.Day", "1"), new("StartOn.Month", "4"), new("StartOn.Year", "2026"), new("Status", "not-started"), new("LeadPartners", "Demoshire Training Partnership"),
            new("EstimatedCost", "£5,000")], form);
        await PostAsync(lead, form, [new("Title", "Induction toolkit online"), new("Status", "not-started"), new("DependsOn", "1")], form);
        var actions = await app.WithScopeAsync(s => Db(s).PlanActions.AsNoTracking().Where(a => a.StrategyId == id).OrderBy(a => a.Number).ToListAsync());
        Assert.Equal((new DateOnly(2027, 9, 30), 500_000L, "1"), (actions[0].DueOn!.Value, actions[0].EstimatedCostPence!.Value, actions[1].DependsOn));
        var note = await PostAsync(lead, $"/strategies/{id}/actions/edit/{actions[0].Id}?handler=Note", [new("NoteOn.Day", "1"), new("NoteOn.Month", "12"), new("NoteOn.Year", "2026"),
            new("NoteText", "Checklist agreed by the steering group")], $"/strategies/{id}/actions/edit/{actions[0].Id}");
        Assert.Contains("Checklist agreed by the steering group", Html(note));

        var newIndicator = $"/strategies/{id}/indicators/new";
        var badIndicator = Html(await PostAsync(lead, newIndicator, [new("Measure", "manual"), new("Target", "lots"), new("Baseline", "120"), new("BaselineOn.Day", "1"),
            new("BaselineOn.Month", "1"), new("BaselineOn.Year", "2026")], newIndicator));
        Assert.Contains("Choose the unit: a percentage, a number or a score", badIndicator);
        Assert.Contains("The target must be a number, like 85 or 3.5", badIndicator);
        Assert.Contains("Enter the date the target is due", badIndicator);
        var made = await PostAsync(lead, newIndicator, [new("Measure", "manual"), new("Name", "New starters rating their induction good or better"), new("Unit", "percent"),
            new("Direction", "higher"), new("Baseline", "70"), new("BaselineOn.Day", "1"), new("BaselineOn.Month", "1"), new("BaselineOn.Year", "2026"), new("Target", "90"),
            new("DueOn.Day", "31"), new("DueOn.Month", "12"), new("DueOn.Year", "2027")], newIndicator);
        var indicatorPath = made.RequestMessage!.RequestUri!.AbsolutePath;
        var noEvidence = Html(await PostAsync(lead, indicatorPath, [new("Value", "78"), new("On.Day", "30"), new("On.Month", "11"), new("On.Year", "2026")], indicatorPath));
        Assert.Contains("Say where the value comes from", noEvidence);
        var recorded = Html(await PostAsync(lead, indicatorPath, [new("Value", "78"), new("On.Day", "30"), new("On.Month", "11"), new("On.Year", "2026"),
            new("Evidence", "Induction feedback forms, September to November")], indicatorPath));
        Assert.Contains("Induction feedback forms, September to November", recorded);
        Assert.Contains("78%", recorded);
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "strategy-indicator-value")));

        var details = $"/strategies/{id}/details";
        var badDetails = Html(await PostAsync(lead, details, [new("Title", "Renamed"), new("StartYear", "2029"), new("EndYear", "2026")], details));
        Assert.Contains("The last year must be the same as or after the first year", badDetails);
        var renamed = Html(await PostAsync(lead, details, [new("Title", "Renamed strategy"), new("Vision", "Everyone trained, everyone valued"), new("StartYear", "2026"),
            new("EndYear", "2030")], details));
        Assert.Contains("Renamed strategy", renamed);
        Assert.Contains("Everyone trained, everyone valued", renamed);
        var second = Html(await lead.GetAsync($"/strategies/{id}/actions/edit/{actions[1].Id}"));
        Assert.Contains("1. Common induction for every new starter</a> (Not started)", second);
    }

    [Fact]
    public async Task A_computed_indicator_reads_the_live_data_and_an_issued_report_never_changes()
    {
        var (lead, id) = await StartAsync(StrategyTemplates.Leicestershire, "Report test strategy");
        var newIndicator = $"/strategies/{id}/indicators/new";
        var made = await PostAsync(lead, newIndicator, [new("Measure", Measures.TrainingAttendance), new("Target", "500"), new("DueOn.Day", "31"), new("DueOn.Month", "3"),
            new("DueOn.Year", "2029")], newIndicator);
        var indicatorPath = made.RequestMessage!.RequestUri!.AbsolutePath;
        var computed = Html(await PostAsync(lead, $"{indicatorPath}?handler=Compute", [], indicatorPath));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var attended = await app.WithScopeAsync(s =>
        {
            var db = Db(s);
            var since = today.AddYears(-1).ToDateTime(TimeOnly.MinValue);
            return (from b in db.Bookings join x in db.CourseSessions on b.SessionId equals x.Id join c in db.Courses on x.CourseId equals c.Id
                    where b.Status == TrainingCodes.BookingStatus.Attended && x.StartsAt >= since && c.AreaId == app.DemoAreaId
                    select b.AttendeeKey).Distinct().CountAsync();
        });
        Assert.Contains($"Today's value recorded: {attended:#,0}.", computed);

        var quarter = Quarter.Of(today);
        var reportPath = $"/strategies/{id}/reports/{quarter}";
        Assert.Contains("Draft: built from the live data now", Html(await lead.GetAsync(reportPath)));
        var issued = Html(await PostAsync(lead, $"{reportPath}?handler=Issue", [], reportPath));
        Assert.Contains($"The report for {quarter} is issued", issued);
        Assert.Contains("Not started: <strong>12</strong>", await (await lead.GetAsync(reportPath)).Content.ReadAsStringAsync());

        // Change an action: the issued report reads the same; the next quarter's draft shows the change.
        var action = await app.WithScopeAsync(s => Db(s).PlanActions.Where(a => a.StrategyId == id && a.Number == 8).Select(a => a.Id).SingleAsync());
        await PostAsync(lead, $"/strategies/{id}/actions/edit/{action}", [new("Title", "Develop and implement a Common Induction programme"), new("Status", "off-track")],
            $"/strategies/{id}/actions/edit/{action}");
        var again = await (await lead.GetAsync(reportPath)).Content.ReadAsStringAsync();
        Assert.Contains("Not started: <strong>12</strong>", again);
        Assert.DoesNotContain("Off track: <strong>1</strong>", again);
        var twice = Html(await PostAsync(lead, $"{reportPath}?handler=Issue", [], reportPath));
        Assert.Contains($"The report for {quarter} was already issued.", twice);
        var next = Html(await lead.GetAsync($"/strategies/{id}/reports/{new Quarter(quarter.Number == 4 ? quarter.Year + 1 : quarter.Year, quarter.Number % 4 + 1)}"));
        Assert.Contains("Action 8 moved from Not started to Off track", next);
        Assert.Contains("Action 8 is off track", next);
        var csv = await lead.GetStringAsync($"{reportPath}?Format=csv");
        Assert.Contains("Actions by status,Not started,,12", csv);
        Assert.Equal(1, await app.WithScopeAsync(s => Db(s).StrategyReports.CountAsync(r => r.StrategyId == id)));

        // The API gives the same report, as issued.
        var api = JsonDocument.Parse(await lead.GetStringAsync($"/api/v1/strategies/{id}/reports/{quarter}")).RootElement;
        Assert.True(api.GetProperty("issued").GetBoolean());
        Assert.Equal(12, api.GetProperty("report").GetProperty("actionsByStatus").GetProperty("Not started").GetInt32());
        Assert.Equal(12, JsonDocument.Parse(await lead.GetStringAsync($"/api/v1/strategies/{id}/actions")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Only_those_allowed_reach_a_strategy()
    {
        var (_, id) = await StartAsync(StrategyTemplates.Herefordshire, "Private strategy");
        var other = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var admin = await Browser.SignedInClientAsync(app, "admin@demo.example.org");
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var quarter = Quarter.Of(DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var path in new[] { $"/strategies/{id}", $"/strategies/{id}/reports/{quarter}", $"/strategies/{id}/actions/edit", $"/strategies/{id}/indicators/new",
                     $"/api/v1/strategies/{id}/actions", $"/api/v1/strategies/{id}/indicators" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
            var byManager = (await manager.GetAsync(path)).StatusCode;
            Assert.True(byManager is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{path}: {byManager}");
            Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/strategies")).StatusCode);
        // The national administrator reads an area's strategy but cannot change it.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/strategies/{id}")).StatusCode);
        var token = await Browser.TokenFromAsync(admin, $"/strategies/{id}");
        var post = await admin.PostAsync($"/strategies/{id}?handler=Priority", new FormUrlEncodedContent([new("PriorityTitle", "Sneaky"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var otherToken = await Browser.TokenFromAsync(other, "/strategies");
        var forged = await other.PostAsync($"/strategies/{id}/reports/{quarter}?handler=Issue", new FormUrlEncodedContent([new("__RequestVerificationToken", otherToken)]));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).StrategyReports.CountAsync(r => r.StrategyId == id)));
        Assert.DoesNotContain("Sneaky", await admin.GetStringAsync($"/strategies/{id}"));
        var list = JsonDocument.Parse(await other.GetStringAsync("/api/v1/strategies")).RootElement;
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task The_national_administrator_keeps_a_national_strategy_that_every_lead_reads()
    {
        var admin = await Browser.SignedInClientAsync(app, "admin@demo.example.org");
        var made = Html(await PostAsync(admin, "/strategies", [new("Template", StrategyTemplates.SectorSkillsAgreement), new("Title", "National SSA test")], "/strategies"));
        Assert.Contains("'National SSA test' started.", made);
        var id = await app.WithScopeAsync(s => Db(s).Strategies.Where(x => x.Title == "National SSA test").Select(x => x.Id).SingleAsync());
        Assert.Null(await app.WithScopeAsync(s => Db(s).Strategies.Where(x => x.Id == id).Select(x => x.AreaId).SingleAsync()));
        Assert.Equal(19, await app.WithScopeAsync(s => Db(s).PlanActions.CountAsync(a => a.StrategyId == id && a.AreaId == null)));
        var form = $"/strategies/{id}/actions/edit";
        await PostAsync(admin, form, [new("Title", "National induction standards review"), new("Status", "on-track"), new("TimescaleCategory", "medium"),
            new("StartOn.Day", "1"), new("StartOn.Month", "1"), new("StartOn.Year", "2027")], form);
        Assert.Equal(20, await app.WithScopeAsync(s => Db(s).PlanActions.CountAsync(a => a.StrategyId == id)));

        foreach (var email in new[] { "lead@demo.example.org", DemoAppFactory.OtherLeadEmail })
        {
            var lead = await Browser.SignedInClientAsync(app, email);
            Assert.Contains("National SSA test", await lead.GetStringAsync("/strategies"));
            Assert.Contains("National induction standards review", WebUtility.HtmlDecode(await lead.GetStringAsync($"/strategies/{id}")));
            Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/strategies/{id}/indicators/new")).StatusCode);
            var token = await Browser.TokenFromAsync(lead, $"/strategies/{id}");
            var post = await lead.PostAsync(form, new FormUrlEncodedContent([new("Title", "Not theirs"), new("Status", "on-track"), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode); // they may read it, not change it
        }
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/strategies/{id}")).StatusCode);
        Assert.Equal(20, await app.WithScopeAsync(s => Db(s).PlanActions.CountAsync(a => a.StrategyId == id)));
    }
}
