using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// Required training by role, the compliance dashboard, the needs analysis and the reminders, through the pages, the
/// downloads and the CLI, with who may see what. The demo area requires safeguarding level 2, paediatric first aid
/// (each every 3 years) and the six Common Core areas of early years workers; Little Acorns adds food hygiene.
/// </summary>
public sealed class ComplianceTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [Fact]
    public async Task The_area_lead_sets_required_training_a_manager_adds_their_own_and_bad_input_names_each_field()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var bad = await Browser.SubmitAsync(lead, "/training/requirements?handler=Add",
            [new("Role", ""), new("Topic", "send"), new("Level", "2"), new("RefreshYears", "forty"), new("CoreAreas", "3")], "/training/requirements");
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose the role this training is required for", html);
        Assert.Contains("A level is only set for safeguarding training", html);
        Assert.Contains("a whole number from 1 to 10", html);
        Assert.Contains("Common Core areas are only set for Common Core training", html);

        var added = await Browser.SubmitAsync(lead, "/training/requirements?handler=Add", [new("Role", "senco"), new("Topic", "send"), new("RefreshYears", "2")], "/training/requirements");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Special educational needs coordinator (SENCO): Special educational needs and disability, every 2 years", WebUtility.HtmlDecode(await lead.GetStringAsync("/training/requirements")));
        var twice = await Browser.SubmitAsync(lead, "/training/requirements?handler=Add", [new("Role", "senco"), new("Topic", "send")], "/training/requirements");
        Assert.Contains("already has a requirement for this topic", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));

        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var page = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/requirements"));
        Assert.Contains("Special educational needs coordinator (SENCO)", page); // the area's, read only
        Assert.Contains("Your organisation's own requirements", page);
        var own = await Browser.SubmitAsync(manager, "/training/requirements?handler=Add", [new("Role", "early-years-worker"), new("Topic", "caf")], "/training/requirements");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var requirements = await app.WithScopeAsync(s => Db(s).TrainingRequirements.AsNoTracking().ToListAsync());
        var caf = requirements.Single(r => r.Topic == "caf");
        Assert.Equal(app.NurseryId, caf.OrganisationId);
        var areas = requirements.Single(r => r.Topic == "send");
        Assert.Null(areas.OrganisationId);

        // A manager cannot remove the area's requirement; the lead cannot remove an organisation's through the area's list.
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(manager, $"/training/requirements?handler=Remove&id={areas.Id}", [], "/training/requirements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(lead, $"/training/requirements?handler=Remove&id={caf.Id}", [], "/training/requirements")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(manager, $"/training/requirements?handler=Remove&id={caf.Id}", [], "/training/requirements")).StatusCode);
        Assert.False(await app.WithScopeAsync(s => Db(s).TrainingRequirements.AnyAsync(r => r.Id == caf.Id)));
        Assert.Equal(2, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.Action == "training-requirement-add")));

        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/training/requirements")).StatusCode);
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        Assert.DoesNotContain("every 2 years", await otherLead.GetStringAsync("/training/requirements"));
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/training/compliance")).StatusCode);
    }

    [Fact]
    public async Task A_manager_sees_who_is_out_of_date_or_running_out_and_an_area_lead_sees_counts_with_small_numbers_hidden()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "CMP", 6));
        await app.WithScopeAsync(async s =>
        {
            await TrainingData.RecordAsync(s, workers[0], "safeguarding", "2", Today.AddYears(-3).AddDays(20)); // runs out in 20 days
            await TrainingData.RecordAsync(s, workers[1], "safeguarding", "2", Today.AddYears(-4)); // ran out a year ago
            await TrainingData.RecordAsync(s, workers[2], "safeguarding", "1", Today.AddMonths(-1)); // level 1 only: level 2 never done
            await TrainingData.RecordAsync(s, workers[3], "safeguarding", "3", Today.AddYears(-3).AddDays(75)); // runs out in 75 days
        });

        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var dashboard = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/compliance"));
        Assert.Contains("Little Acorns Day Nursery", dashboard);
        Assert.Contains("Early years worker: Safeguarding children", dashboard);
        Assert.DoesNotContain("[c]", dashboard); // their own figures, in full
        var cmp1 = Row(dashboard, "CMP-001", "Safeguarding children level 2");
        Assert.Contains("Runs out within 30 days", cmp1);
        Assert.Contains("Out of date", Row(dashboard, "CMP-002", "Safeguarding children level 2"));
        Assert.Contains("Never done", Row(dashboard, "CMP-003", "Safeguarding children level 2"));
        Assert.Contains("Runs out within 90 days", Row(dashboard, "CMP-004", "Safeguarding children level 2"));
        Assert.Contains("Food hygiene", dashboard); // the nursery's own requirement

        var within30 = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/compliance?Show=30"));
        Assert.Contains("CMP-001", within30);
        Assert.DoesNotContain("CMP-004", within30);
        Assert.Contains("CMP-004", await manager.GetStringAsync("/training/compliance?Show=90"));
        Assert.DoesNotContain("CMP-002", await manager.GetStringAsync("/training/compliance?Show=90"));

        var download = await manager.GetAsync("/training/compliance?handler=Download&format=csv&Show=out-of-date");
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        var csv = await download.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFstaff_reference,role,training,state,last_completed,due_on", csv);
        Assert.Contains($"CMP-002,Early years worker,\"Safeguarding children level 2, every 3 years\",Out of date,{Today.AddYears(-4):yyyy-MM-dd},{Today.AddYears(-1):yyyy-MM-dd}", csv);
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "training-compliance-export")));

        // The area lead: counts by requirement and by organisation, small numbers hidden, nobody named.
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var area = WebUtility.HtmlDecode(await lead.GetStringAsync("/training/compliance"));
        Assert.Contains("By organisation", area);
        Assert.Contains("Little Acorns Day Nursery", area);
        Assert.Contains("[c]", area);
        Assert.DoesNotContain("CMP-00", area);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/training/compliance?handler=Download&format=csv")).StatusCode);
        var notShared = WebUtility.HtmlDecode(await lead.GetStringAsync($"/training/compliance?Organisation={app.NurseryId}"));
        Assert.Contains("has not shared its people with the area", notShared);
        Assert.DoesNotContain("CMP-00", notShared);
        await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Id == app.NurseryId).ExecuteUpdateAsync(u => u.SetProperty(o => o.SharesPeopleWithArea, true)));
        try
        {
            Assert.Contains("CMP-001", await lead.GetStringAsync($"/training/compliance?Organisation={app.NurseryId}"));
        }
        finally
        {
            await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Id == app.NurseryId).ExecuteUpdateAsync(u => u.SetProperty(o => o.SharesPeopleWithArea, false)));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/training/compliance?Organisation={app.OtherOrganisationId}")).StatusCode);

        // Another area's manager and lead see nothing of it; a practitioner cannot open the dashboard.
        var otherManager = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherManagerEmail);
        Assert.DoesNotContain("CMP-00", await otherManager.GetStringAsync("/training/compliance"));
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        Assert.DoesNotContain("Little Acorns", await otherLead.GetStringAsync("/training/compliance"));
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/training/compliance")).StatusCode);
    }

    [Fact]
    public async Task Needs_analysis_lists_each_persons_needs_for_a_manager_and_demand_by_topic_and_district_for_the_area()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "NEED", 2));
        await app.WithScopeAsync(s => TrainingData.RecordAsync(s, workers[0], "common-core", null, Today.AddYears(-1), "1;2;3"));

        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var needs = WebUtility.HtmlDecode(await manager.GetStringAsync("/training/needs"));
        Assert.Contains("NEED-001", needs);
        Assert.Contains("Common Core areas not yet covered", needs);
        Assert.Contains("Common Core areas 4 (", needs);
        Assert.Contains("Not yet done", needs);
        var download = await manager.GetAsync("/training/needs?handler=Download&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        var csv = await manager.GetStringAsync("/training/needs?handler=Download&format=csv");
        Assert.True(csv.Contains("NEED-002,Early years worker,Not yet done,Paediatric first aid"), csv);

        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var demand = WebUtility.HtmlDecode(await lead.GetStringAsync("/training/needs"));
        Assert.Contains("People with a need, by topic and district", demand);
        Assert.DoesNotContain("NEED-00", demand);
        var leadCsv = await lead.GetStringAsync("/training/needs?handler=Download&format=csv");
        Assert.StartsWith("\uFEFFtopic,", leadCsv);
        Assert.DoesNotContain("NEED-00", leadCsv);

        // A practitioner sees their own needs once their account is linked to their record.
        await LinkPractitionerAsync(null);
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Contains("not linked to a record", await practitioner.GetStringAsync("/training/needs"));
        await LinkPractitionerAsync(workers[0].Id);
        var mine = WebUtility.HtmlDecode(await practitioner.GetStringAsync("/training/needs"));
        Assert.Contains("What you need", mine);
        Assert.Contains("Common Core areas 4 (", mine);
        Assert.DoesNotContain("NEED-002", mine);
        await LinkPractitionerAsync(null);
    }

    private Task LinkPractitionerAsync(long? workerId) =>
        app.WithScopeAsync(s => Db(s).Users.Where(u => u.Email == "practitioner@demo.example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.WorkerId, workerId)));

    [Fact]
    public async Task Reminders_go_once_each_to_the_person_and_their_managers_and_session_reminders_carry_the_calendar()
    {
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "REM", 1));
        await app.WithScopeAsync(async s =>
        {
            await TrainingData.RecordAsync(s, workers[0], "safeguarding", "2", Today.AddYears(-3).AddDays(10));
        });
        await LinkPractitionerAsync(workers[0].Id);
        var (_, sessionId) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, 5, "Reminder course"));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", "REM-001"), ("Name", "Rem One"), ("Email", "rem@example.org"));
        await app.WithScopeAsync(s => Db(s).CourseSessions.Where(x => x.Id == sessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.StartsAt, DateTime.UtcNow.AddDays(1)).SetProperty(x => x.EndsAt, DateTime.UtcNow.AddDays(1).AddHours(3))));

        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var sent = await Browser.SubmitAsync(lead, "/training/compliance?handler=Remind", [], "/training/compliance");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Reminders sent about", WebUtility.HtmlDecode(await lead.GetStringAsync("/training/compliance")));

        var mails = app.Mails();
        var personal = mails.Single(m => m.Contains("Your training: renewal reminder"));
        Assert.Contains("practitioner@demo.example.org", personal);
        Assert.Contains("Safeguarding children level 2, every 3 years: runs out on", personal);
        Assert.Contains("REM-001: Safeguarding children level 2", mails.Single(m => m.Contains("Required training running out in your organisation") && m.Contains("manager@demo.example.org")));
        var session = mails.Single(m => m.Contains("Reminder: Reminder course"));
        Assert.Contains("rem@example.org", session);
        Assert.Contains("text/calendar", session);

        // Again, by the CLI as cron would run it: nothing new goes.
        var again = await app.WithScopeAsync(s => s.GetRequiredService<TrainingReminders>().SendAsync());
        Assert.Equal(new RemindersSent(0, 0, 0, 0), again);
        Assert.Equal(mails.Count, app.Mails().Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await Browser.SubmitAsync(manager, "/training/compliance?handler=Remind", [], "/training/compliance")).StatusCode);
        await LinkPractitionerAsync(null);
    }

    [Fact]
    public async Task The_cli_gives_the_areas_compliance_with_small_numbers_hidden()
    {
        var (exit, output, error) = await OneWorkforce.IntegrationTests.Cli.Cli.RunAsync(app.Database, "training", "compliance", "--area", "E99999999", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("E99999999", json.RootElement.GetProperty("area").GetString());
        Assert.Equal("total", json.RootElement.GetProperty("rows").EnumerateArray().Last().GetProperty("role").GetString());
        var (badExit, _, badError) = await OneWorkforce.IntegrationTests.Cli.Cli.RunAsync(app.Database, "training", "compliance", "--area", "E00000000");
        Assert.Equal(2, badExit);
        Assert.Contains("there is no area E00000000", badError);
    }

    /// <summary>The table row (its text) for a person and a requirement.</summary>
    private static string Row(string html, string staff, string training)
    {
        var rows = html.Split("<tr", StringSplitOptions.None).Where(r => r.Contains($">{staff}<") && r.Contains(training)).ToList();
        return Assert.Single(rows);
    }
}
