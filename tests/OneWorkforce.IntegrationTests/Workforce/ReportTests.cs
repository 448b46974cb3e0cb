using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Demo;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// Intelligence reports on the demo workforce (about 20,000 workers): figures match the database, only the owning
/// organisation's managers see them unsuppressed, and nobody sees another organisation's or area's figures.
/// </summary>
public sealed class ReportTests(WorkforceDemoAppFactory app) : IClassFixture<WorkforceDemoAppFactory>
{
    private const string Area = "E99999999";

    private Task<int> InPostAsync(Func<OneWorkforce.Core.Workforce.Worker, bool>? where = null) => app.WithScopeAsync(async services =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var workers = await services.GetRequiredService<OneWorkforceDbContext>().Workers.AsNoTracking().Where(w => w.AreaId == app.DemoAreaId).ToListAsync();
        return workers.Count(w => w.IsInPostOn(today) && (where is null || where(w)));
    });

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static double? TotalOf(JsonElement report, int table = 0)
    {
        var total = report.GetProperty("tables")[table].GetProperty("rows").EnumerateArray().Last();
        var value = total.GetProperty("values")[0];
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    /// <summary>A shared count is the true count rounded to a multiple of 5, up or down (ADR 0020).</summary>
    private static void AssertRoundedFrom(long expected, double? shown)
    {
        Assert.NotNull(shown);
        Assert.Equal(0, shown.Value % 5);
        Assert.InRange(shown.Value, expected - 4, expected + 4);
    }

    [Fact]
    public async Task The_demo_load_gives_the_area_about_20000_workers_in_400_organisations_and_four_snapshots()
    {
        var (workers, organisations, snapshots) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<OneWorkforceDbContext>();
            return (await db.Workers.CountAsync(w => w.AreaId == app.DemoAreaId),
                await db.Workers.Where(w => w.AreaId == app.DemoAreaId).Select(w => w.OrganisationId).Distinct().CountAsync(),
                await db.WorkforceSnapshots.CountAsync(s => s.AreaId == app.DemoAreaId));
        });

        Assert.Equal(DemoWorkforce.Workers, workers);
        Assert.Equal(DemoWorkforce.Organisations + 5, organisations);
        Assert.Equal(4, snapshots);
    }

    [Theory]
    [InlineData("headcount")]
    [InlineData("age")]
    [InlineData("gender")]
    [InlineData("ethnicity")]
    [InlineData("disability")]
    [InlineData("stability")]
    [InlineData("apprenticeships")]
    [InlineData("induction")]
    public async Task Each_area_report_counts_every_person_in_post_exactly_once(string name)
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");

        var report = await JsonAsync(lead, $"/api/v1/workforce/reports/{name}?area={Area}");

        Assert.True(report.GetProperty("suppressed").GetBoolean());
        AssertRoundedFrom(await InPostAsync(), TotalOf(report, name == "ethnicity" ? 1 : 0));
    }

    [Fact]
    public async Task Turnover_and_qualifications_match_the_workers_held()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var leavers = await app.WithScopeAsync(services => services.GetRequiredService<OneWorkforceDbContext>().Workers
            .CountAsync(w => w.AreaId == app.DemoAreaId && w.LeavingDate > today.AddYears(-1) && w.LeavingDate <= today));

        var turnover = await JsonAsync(lead, $"/api/v1/workforce/reports/turnover?area={Area}");
        var qualifications = await JsonAsync(lead, $"/api/v1/workforce/reports/qualifications?area={Area}");

        Assert.True(leavers > 1000, $"{leavers} leavers");
        AssertRoundedFrom(leavers, TotalOf(turnover));
        var headline = turnover.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("code").GetString() == "turnover");
        Assert.InRange(headline.GetProperty("value").GetDouble(), 10, 25);
        var totalRow = qualifications.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Last();
        var columns = qualifications.GetProperty("tables")[0].GetProperty("columns").GetArrayLength();
        AssertRoundedFrom(await InPostAsync(), totalRow.GetProperty("values")[columns - 2].GetDouble());
        var earlyYears = qualifications.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("code").GetString() == "level-3-early-years");
        Assert.InRange(earlyYears.GetProperty("value").GetDouble(), 50, 90);
    }

    [Fact]
    public async Task A_manager_sees_their_own_organisation_in_full_and_the_area_lead_sees_it_suppressed()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var url = $"/api/v1/workforce/reports/ethnicity?organisation={app.NurseryId}";

        var own = await JsonAsync(manager, url);
        var shared = await JsonAsync(lead, url);

        Assert.False(own.GetProperty("suppressed").GetBoolean());
        Assert.True(shared.GetProperty("suppressed").GetBoolean());
        var ownCells = own.GetProperty("tables")[1].GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("values").EnumerateArray()).ToList();
        Assert.DoesNotContain(ownCells, v => v.ValueKind == JsonValueKind.Null);
        var sharedRows = shared.GetProperty("tables")[1].GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(sharedRows, r => r.GetProperty("hidden")[0].GetBoolean());
        Assert.All(sharedRows.Where(r => !r.GetProperty("hidden")[0].GetBoolean()), r => Assert.True(r.GetProperty("values")[0].GetDouble() is 0 or >= 5 && r.GetProperty("values")[0].GetDouble() % 5 == 0));
    }

    [Fact]
    public async Task The_report_page_shows_a_chart_a_table_benchmarks_and_the_trend_and_downloads_match_it()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");

        var page = await manager.GetStringAsync($"/workforce/reports/stability?organisation={app.NurseryId}");
        var csv = await manager.GetStringAsync($"/workforce/reports/stability?handler=Download&format=csv&organisation={app.NurseryId}");
        var excel = await manager.GetAsync($"/workforce/reports/stability?handler=Download&format=xlsx&organisation={app.NurseryId}");

        Assert.Contains("<svg role=\"img\"", page);
        Assert.Contains("With a year&#x27;s service or more", page);
        Assert.Contains("Compared with similar organisations", page);
        Assert.Contains("Early years (0 to 4 years): organisations in this area", page);
        Assert.Contains("Trend since the baseline", page);
        Assert.Contains("Baseline", page);
        Assert.StartsWith("\uFEFFreport,scope,as_at,table", csv);
        Assert.Contains("stability,Little Acorns Day Nursery", csv);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_national_administrator_compares_areas_and_sees_no_organisation_unsuppressed()
    {
        var admin = await Browser.SignedInClientAsync(app, "admin@demo.example.org");

        var page = await admin.GetStringAsync("/workforce/reports/headcount");
        var nursery = await JsonAsync(admin, $"/api/v1/workforce/reports/headcount?organisation={app.NurseryId}");

        Assert.Contains("Areas compared", page);
        Assert.Contains("Demoshire", page);
        Assert.True(nursery.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task Nobody_sees_another_organisations_or_another_areas_figures()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/workforce/reports/headcount?organisation={app.YouthClubId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/workforce/reports/headcount?organisation={app.YouthClubId}&handler=Download&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/workforce/reports/headcount?organisation={app.YouthClubId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync($"/workforce/reports/headcount?area={Area}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync($"/workforce/reports/headcount?organisation={app.NurseryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync($"/api/v1/workforce/reports/headcount?area={Area}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/workforce/reports/age?area={Area}&handler=Download&format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/workforce/reports/headcount")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateClient().GetAsync("/workforce/reports/headcount")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/workforce/reports/salaries")).StatusCode);
    }

    [Fact]
    public async Task Every_report_page_renders_for_a_district_a_sector_and_a_category()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var district = await app.WithScopeAsync(services => services.GetRequiredService<OneWorkforceDbContext>().Districts.Where(d => d.AreaId == app.DemoAreaId).Select(d => d.Id).FirstAsync());

        foreach (var report in WorkforceReports.All)
        {
            foreach (var scope in new[] { $"district={district}", "sector=early-years", "category=uniformed" })
            {
                var response = await lead.GetAsync($"/workforce/reports/{report.Name}?area={Area}&{scope}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{report.Name} {scope}: {response.StatusCode}");
            }
        }
        var bad = await lead.GetAsync($"/api/v1/workforce/reports/age?area={Area}&asAt=31/03/2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("YYYY-MM-DD", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_lead_keeps_todays_figures_as_a_snapshot_and_a_manager_cannot()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        Task<int> CountAsync() => app.WithScopeAsync(services => services.GetRequiredService<OneWorkforceDbContext>().WorkforceSnapshots.CountAsync(s => s.AreaId == app.DemoAreaId));
        var before = await CountAsync();

        var refused = await Browser.SubmitAsync(manager, "/workforce/reports?handler=Snapshot", [], "/workforce/people");
        var taken = await Browser.SubmitAsync(lead, "/workforce/reports?handler=Snapshot", [], "/workforce/reports");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(before + 1, await CountAsync());
        var trend = await lead.GetStringAsync($"/workforce/reports/gender?area={Area}");
        Assert.Contains(DateTime.UtcNow.ToString("d MMMM yyyy"), trend);
    }
}
