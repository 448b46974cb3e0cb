using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>A manager adds, changes, marks leavers and erases people one at a time, with the upload's rules; person-level data stays with the organisation.</summary>
public sealed class PeopleTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static (string, string)[] Person(string staff, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>
        {
            ["staff_reference"] = staff, ["role"] = "early-years-worker", ["contract"] = "part-time", ["contracted_hours"] = "20", ["start_date"] = "2024-09-02",
            ["leaving_date"] = "", ["leaving_reason"] = "", ["year_of_birth"] = "1990", ["gender"] = "female", ["ethnicity"] = "asian-indian", ["disability"] = "no",
            ["highest_qualification_level"] = "3", ["apprenticeship"] = "none", ["induction_completed"] = "yes",
        };
        foreach (var (column, value) in changes)
        {
            values[column] = value;
        }
        return values.Select(v => ($"Input[{v.Key}]", v.Value)).ToArray();
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, (string Name, string Value)[] fields, string formUrl = "/workforce/people/edit") =>
        Browser.SubmitAsync(client, url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), formUrl);

    private Task<List<(string Reference, string Contract, DateOnly? Left)>> HeldAsync(string prefix) => app.WithScopeAsync(async services =>
        (await services.GetRequiredService<OneWorkforceDbContext>().Workers.Where(w => w.OrganisationId == app.NurseryId && w.StaffReference.StartsWith(prefix))
            .OrderBy(w => w.StaffReference).Select(w => new { w.StaffReference, w.Contract, w.LeavingDate }).ToListAsync())
        .Select(w => (w.StaffReference, w.Contract, w.LeavingDate)).ToList());

    [Fact]
    public async Task A_manager_adds_a_person_checks_the_answers_saves_then_marks_them_as_a_leaver_and_erases_them()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");

        var check = await SubmitAsync(manager, "/workforce/people/edit?handler=Check", Person("FORM1"));
        var checkPage = WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync());
        Assert.Contains("Check your answers", checkPage);
        Assert.Contains("Indian", checkPage);
        Assert.Empty(await HeldAsync("FORM1"));

        var saved = await SubmitAsync(manager, "/workforce/people/edit?handler=Save", Person("FORM1"), "/workforce/people/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([("FORM1", "part-time", (DateOnly?)null)], await HeldAsync("FORM1"));

        var left = await SubmitAsync(manager, "/workforce/people/edit?handler=Save&staff=FORM1",
            Person("FORM1", ("leaving_date", "2026-10-31"), ("leaving_reason", "pay")), "/workforce/people/edit?staff=FORM1");
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal([("FORM1", "part-time", (DateOnly?)new DateOnly(2026, 10, 31))], await HeldAsync("FORM1"));

        var erased = await SubmitAsync(manager, "/workforce/people/edit?handler=Erase&staff=FORM1", [], "/workforce/people/edit?handler=Erase&staff=FORM1");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Empty(await HeldAsync("FORM1"));
        var actions = await app.WithScopeAsync(services => services.GetRequiredService<OneWorkforceDbContext>().AuditEntries
            .Where(e => e.OrganisationId == app.NurseryId && (e.Action == "workforce-upload" || e.Action == "workforce-erase")).Select(e => e.Action).ToListAsync());
        Assert.Contains("workforce-erase", actions);
        Assert.True(actions.Count(a => a == "workforce-upload") >= 2);
    }

    [Fact]
    public async Task The_form_gives_the_upload_rules_messages_against_each_field()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");

        var response = await SubmitAsync(manager, "/workforce/people/edit?handler=Check",
            Person("FORM2", ("contract", ""), ("start_date", "31/02/2024"), ("leaving_date", "2023-01-01"), ("year_of_birth", "1850")), "/workforce/people/edit");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("href=\"#Input-contract\"", page);
        Assert.Contains("Contract is blank", page);
        Assert.Contains("href=\"#Input-start_date\"", page);
        Assert.Contains("href=\"#Input-year_of_birth\"", page);
        Assert.Empty(await HeldAsync("FORM2"));
    }

    [Fact]
    public async Task A_manager_sees_what_is_missing_confirms_the_data_and_exports_it_all_and_each_is_audited()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        await SubmitAsync(manager, "/workforce/people/edit?handler=Save", Person("FORM3", ("ethnicity", ""), ("gender", "")), "/workforce/people/edit");

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync("/workforce/people"));
        var confirm = await SubmitAsync(manager, "/workforce/people?handler=Confirm", [], "/workforce/people");
        var export = await manager.GetStringAsync("/workforce/people?handler=Export&layout=workers&format=csv");

        Assert.Contains("Ethnicity: not recorded for", page);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.StartsWith("\uFEFF" + WorkforceFiles.WorkersHeader, export);
        Assert.Contains("EY100001,FORM3,early-years-worker,part-time", export);
        var (confirmed, actions) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<OneWorkforceDbContext>();
            return (await db.Organisations.Where(o => o.Id == app.NurseryId).Select(o => o.DataConfirmedOn).SingleAsync(),
                await db.AuditEntries.Where(e => e.OrganisationId == app.NurseryId).Select(e => e.Action).Distinct().ToListAsync());
        });
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), confirmed);
        Assert.Contains("workforce-people-view", actions);
        Assert.Contains("workforce-export", actions);
    }

    [Fact]
    public async Task Person_level_data_stays_with_the_organisation_unless_it_shares_it_with_the_area_and_never_its_ethnicity()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/workforce/people?organisation={app.NurseryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/workforce/people?organisation={app.NurseryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/workforce/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/workforce/people/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/workforce/people?organisation={app.NurseryId}&handler=Export&layout=workers")).StatusCode);

        await app.WithScopeAsync(async services =>
            await services.GetRequiredService<OneWorkforceDbContext>().Organisations.Where(o => o.Id == app.NurseryId).ExecuteUpdateAsync(s => s.SetProperty(o => o.SharesPeopleWithArea, true)));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        await SubmitAsync(manager, "/workforce/people/edit?handler=Save", Person("FORM4"), "/workforce/people/edit");
        var shared = await lead.GetAsync($"/workforce/people?organisation={app.NurseryId}");
        var sharedPage = await shared.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.Contains("FORM4", sharedPage);
        Assert.DoesNotContain("Indian", sharedPage);
        Assert.DoesNotContain("Ethnicity", sharedPage.Split("<table")[1]);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/workforce/people?organisation={app.NurseryId}&handler=Export&layout=workers")).StatusCode);
        await app.WithScopeAsync(async services =>
            await services.GetRequiredService<OneWorkforceDbContext>().Organisations.Where(o => o.Id == app.NurseryId).ExecuteUpdateAsync(s => s.SetProperty(o => o.SharesPeopleWithArea, false)));
    }
}
