using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>The web upload: files go to a background job recorded in the database; its status page reports progress, then the outcome and every message.</summary>
public sealed class UploadJourneyTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static MultipartFormDataContent Form(string token, bool dryRun, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(part, "Files", name);
        }
        if (dryRun)
        {
            form.Add(new StringContent("yes"), "DryRun");
        }
        return form;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, bool dryRun, params (string Name, byte[] Content)[] files) =>
        await client.PostAsync("/workforce/upload", Form(await Browser.TokenFromAsync(client, "/workforce/upload"), dryRun, files));

    private static async Task<string> FinishedPageAsync(HttpClient client, string location)
    {
        for (var i = 0; i < 120; i++)
        {
            var page = await client.GetStringAsync(location);
            if (!page.Contains("Your upload is being checked"))
            {
                return page;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{location} did not finish in 30 seconds");
    }

    [Fact]
    public async Task A_manager_uploads_their_workers_and_the_status_page_shows_what_was_saved()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var workers = WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0].Replace("S001", "WEB1"), WorkforceFiles.GoodWorkers[2].Replace("S003", "WEB2"));

        var response = await UploadAsync(manager, false, ("our-staff.csv", workers));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/workforce/uploads/[0-9]+$", location);
        var page = await FinishedPageAsync(manager, location);
        Assert.Contains("Upload saved", page);
        Assert.Contains("2 added", page);
        var (held, submission) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<OneWorkforceDbContext>();
            var id = long.Parse(location.Split('/').Last());
            var job = await db.UploadJobs.SingleAsync(j => j.Id == id);
            return (await db.Workers.CountAsync(w => w.OrganisationId == app.NurseryId && w.StaffReference.StartsWith("WEB")),
                await db.WorkforceSubmissions.SingleAsync(s => s.Id == job.SubmissionId));
        });
        Assert.Equal(2, held);
        Assert.Equal("2026.1", submission.StandardVersion);
        Assert.Equal(app.NurseryId, submission.OrganisationId);
    }

    [Fact]
    public async Task A_manager_cannot_upload_another_organisations_people()
    {
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");

        var response = await UploadAsync(manager, false, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[3].Replace("V001", "WEB9"))));
        var page = await FinishedPageAsync(manager, response.Headers.Location!.OriginalString);

        Assert.Contains("Your files were not saved", page);
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<OneWorkforceDbContext>().Workers.CountAsync(w => w.StaffReference == "WEB9")));
    }

    [Fact]
    public async Task A_broken_file_gives_messages_grouped_by_code_and_a_download_of_every_message()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var broken = WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0].Replace("full-time", "zero-hours"), WorkforceFiles.GoodWorkers[1].Replace("2021-01-04", "=1+1"));

        var response = await UploadAsync(lead, false, ("broken.csv", broken));
        var location = response.Headers.Location!.OriginalString;
        var page = await FinishedPageAsync(lead, location);
        var csv = await lead.GetStringAsync(location + "?handler=Messages&format=csv");
        var excel = await lead.GetAsync(location + "?handler=Messages&format=xlsx");

        Assert.Contains("Your files were not saved", page);
        Assert.Contains("E111 error", page);
        Assert.Contains("broken.csv, row 2, column contract", page);
        Assert.Contains("broken.csv,2,contract,zero-hours,E111,error", csv);
        Assert.Contains("'=1+1", csv); // a formula in a value is neutralised in the download
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
    }

    [Fact]
    public async Task No_file_an_empty_file_and_a_spreadsheet_of_another_kind_are_refused_on_the_form()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");

        var none = await lead.PostAsync("/workforce/upload", Form(await Browser.TokenFromAsync(lead, "/workforce/upload"), false));
        var empty = await UploadAsync(lead, false, ("empty.csv", []));
        var other = await UploadAsync(lead, false, ("staff.ods", [1, 2, 3]));

        Assert.Contains("Select one or more CSV or Excel files to upload", await none.Content.ReadAsStringAsync());
        Assert.Contains("empty.csv: the file is empty (0 bytes)", await empty.Content.ReadAsStringAsync());
        Assert.Contains("staff.ods is not a CSV or Excel (.xlsx) file", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Files_over_the_configured_limit_are_refused_with_the_limit_named()
    {
        using var small = app.WithWebHostBuilder(b => b.UseSetting("Workforce:MaxUploadBytes", "2000"));
        var lead = small.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SignInAsync(lead, "lead@demo.example.org")).StatusCode);

        var response = await UploadAsync(lead, false, ("workers.csv", WorkforceFiles.Workers([.. Enumerable.Repeat(WorkforceFiles.GoodWorkers[0], 30)])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the most you can upload at once is 1 KB", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Only_the_uploader_the_area_lead_and_the_organisations_managers_see_an_upload()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var response = await UploadAsync(lead, true, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0])));
        var location = response.Headers.Location!.OriginalString;
        await FinishedPageAsync(lead, location);

        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.GetAsync(location + "?handler=Messages&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(location)).StatusCode); // an area upload is not the nursery's
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/workforce/upload")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/workforce/uploads/999999999")).StatusCode);
        Assert.Contains("Your files are ready to upload", await lead.GetStringAsync(location));
    }

    [Fact]
    public async Task Several_nodes_racing_for_one_queued_job_claim_it_exactly_once()
    {
        using var quiet = app.WithWebHostBuilder(b => b.UseSetting("Workforce:RunUploadJobs", "false"));
        async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
        {
            await using var scope = quiet.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        (string, byte[])[] files = [("w.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0]))];
        var jobId = await InScope(async services => (await services.GetRequiredService<UploadJobs>().CreateAsync(app.DemoAreaId, null, "test", true, files)).Id);
        // The demo factory's own runner may win too: count every claim, its and ours.
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => InScope(services => services.GetRequiredService<UploadJobs>().ClaimNextAsync($"node-{n}"))));

        var claimedBy = await InScope(services => services.GetRequiredService<OneWorkforceDbContext>().UploadJobs.Where(j => j.Id == jobId).Select(j => j.ClaimedBy).SingleAsync());
        var ours = claims.Count(c => c == jobId);
        Assert.True(ours == 1 || (ours == 0 && claimedBy is not null && !claimedBy.StartsWith("node-")), $"{ours} claims, claimed by {claimedBy}");
        if (ours == 1)
        {
            Assert.StartsWith("node-", claimedBy);
        }
    }
}

/// <summary>The data dictionary and templates come from the one definition of the standard, and a template uploads as it is.</summary>
public sealed class DataStandardTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_data_dictionary_lists_every_column_and_code_of_the_standard_without_signing_in()
    {
        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/workforce/data-standard"));

        foreach (var field in OneWorkforce.Core.Workforce.WorkforceStandard.Layouts.SelectMany(l => l.Fields))
        {
            Assert.Contains($"<code>{field.Column}</code>", page);
        }
        foreach (var item in OneWorkforce.Core.Workforce.WorkforceCodes.Ethnicities.Items)
        {
            Assert.Contains($"<code>{item.Code}</code>", page);
        }
        Assert.Contains("Version 2026.1", page);
    }

    [Fact]
    public async Task The_workers_template_is_the_header_and_an_example_row_that_passes_a_dry_run()
    {
        var template = await app.CreateClient().GetByteArrayAsync("/workforce/data-standard?handler=Template&layout=workers&format=csv");
        var excel = await app.CreateClient().GetAsync("/workforce/data-standard?handler=Template&layout=training&format=xlsx");

        var text = System.Text.Encoding.UTF8.GetString(template);
        Assert.StartsWith("\uFEFF" + WorkforceFiles.WorkersHeader, text);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
        // The example row names a made-up organisation: a manager puts their own reference in.
        var (result, messages) = await WorkforceFiles.UploadAsync(app, true, ("workers-template.csv", System.Text.Encoding.UTF8.GetBytes(text.Replace("NUR-0042", "EY100001"))));
        Assert.True(result.Errors == 0, string.Join("\n", messages));
        Assert.Equal(1, result.Rows);
    }
}
