using Microsoft.Playwright;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.BrowserTests;

/// <summary>Workforce intelligence in a real browser, on the demo workforce: every report passes axe for a manager, a lead and the administrator.</summary>
[Collection(JourneyCollection.Name)]
[Trait(Databases.Trait, Databases.Both)]
public sealed class WorkforcePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_manager_reads_every_report_on_their_own_organisation_then_the_area()
    {
        var page = await fixture.SignedInAsync("manager@demo.example.org");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Read workforce intelligence") }).ClickAsync();
        Assert.Equal("Workforce intelligence", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Little Acorns Day Nursery", await page.Locator(".govuk-caption-l").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        foreach (var title in new[] { "Headcount and full-time equivalent", "Age", "Gender", "Ethnicity", "Disability", "Turnover and leaving reasons", "Stability",
            "Qualification levels", "Training and safeguarding", "Apprenticeships", "Induction" })
        {
            await page.GotoAsync("/workforce/reports");
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
            Assert.Contains("your organisation's own figures", await page.Locator("main").InnerTextAsync());
            // The reports share one page: axe checks the four shapes of table (by contract, by group, sector by level, by topic).
            if (title is "Headcount and full-time equivalent" or "Ethnicity" or "Qualification levels" or "Training and safeguarding")
            {
                await page.AssertNoViolationsAsync();
            }
        }

        await page.GotoAsync("/workforce/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "See the figures for the whole area" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ethnicity", Exact = true }).ClickAsync();
        Assert.StartsWith("Demoshire (fictional), on ", await page.Locator(".govuk-caption-l").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_lead_narrows_a_report_to_a_district_without_javascript()
    {
        var page = await fixture.SignedInAsync("lead@demo.example.org", javaScript: false);
        await page.GotoAsync("/workforce/reports/qualifications");
        await page.Locator("summary").ClickAsync();
        await page.GetByLabel("District").SelectOptionAsync(new SelectOptionValue { Label = "Northbridge" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        StringAssert(await page.Locator(".govuk-caption-l").InnerTextAsync(), "Demoshire (fictional), Northbridge");
        Assert.True(await page.Locator("svg[role=img]").CountAsync() > 0);

        var javaScriptPage = await fixture.SignedInAsync("lead@demo.example.org");
        await javaScriptPage.GotoAsync(page.Url);
        await javaScriptPage.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_administrator_compares_areas()
    {
        var page = await fixture.SignedInAsync("admin@demo.example.org");
        await page.GotoAsync("/workforce/reports/turnover");
        Assert.Equal("Areas compared", await page.GetByRole(AriaRole.Heading, new() { Name = "Areas compared" }).InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_lead_uploads_a_broken_file_then_a_good_one_and_follows_each_to_its_outcome()
    {
        var page = await fixture.SignedInAsync("lead@demo.example.org");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Upload workforce data") }).ClickAsync();
        Assert.Equal("Upload workforce data", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        Assert.Contains("Select one or more CSV or Excel files", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        var header = string.Join(',', OneWorkforce.Core.Workforce.WorkforceStandard.Workers.Header);
        await page.Locator("input#Files").SetInputFilesAsync(new FilePayload
        {
            Name = "staff.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(header + "\r\nEY100001,B001,early-years-worker,zero-hours,37,2019-09-02,,,1987,female,white-british,no,3,none,yes,\r\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your files were not saved" }).WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("E111", await page.Locator("main").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        await page.GotoAsync("/workforce/upload");
        await page.Locator("input#Files").SetInputFilesAsync(new FilePayload
        {
            Name = "staff.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(header + "\r\nEY100001,B001,early-years-worker,full-time,37,2019-09-02,,,1987,female,white-british,no,3,none,yes,\r\n"),
        });
        await page.GetByLabel("Check the files only: save nothing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your files are ready to upload" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_manager_adds_a_person_with_the_form_fixing_an_error_then_checking_the_answers()
    {
        var page = await fixture.SignedInAsync("manager@demo.example.org");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Add and change your people") }).ClickAsync();
        Assert.Equal("People", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await page.AssertNoViolationsAsync();
        await page.GetByLabel("Staff reference").FillAsync("BROWSER1");
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Early years worker" });
        await page.GetByLabel("Start date").FillAsync("31/02/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var summary = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Contract is blank", summary);
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("Part-time").CheckAsync();
        await page.GetByLabel("Start date").FillAsync("2025-02-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.Equal("Check your answers", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Contains("Saved.", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("BROWSER1", await page.Locator("table").InnerTextAsync());
    }

    [Fact]
    public async Task Anyone_reads_the_data_standard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/workforce/data-standard");
        Assert.Equal("Workforce data standard", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    private static void StringAssert(string actual, string starts) => Assert.StartsWith(starts, actual);
}
