using Microsoft.Playwright;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/", "OneWorkforce")]
    [InlineData("/account/sign-in", "Sign in to OneWorkforce")]
    [InlineData("/accessibility", "Accessibility statement for OneWorkforce")]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/cookies", "Cookies")]
    [InlineData("/account/forgot-password", "Reset your password")]
    [InlineData("/no-such-page", "Page not found")]
    [InlineData("/qualifications", "Find a qualification")]
    [InlineData("/qualifications?Q=early+years&Level=3&PageNumber=2", "Find a qualification")]
    [InlineData("/qualifications?Level=9", "Find a qualification")]
    [InlineData("/qualifications/EYQ-240", "T Level Technical Qualification in Education and Childcare (Specialism - Early Years Educator)")]
    [InlineData("/qualifications/EYQ-002", "BTEC First Diploma in Early Years")]
    [InlineData("/qualifications/compare?A=EYQ-240&B=EYQ-241", "Compare two qualifications")]
    [InlineData("/qualifications/compare?A=EYQ-240&B=nope", "Compare two qualifications")]
    [InlineData("/qualifications?Q=montesori", "Find a qualification")]
    [InlineData("/qualifications/EYQ-247", "Diploma for the Children and Young Peoples Workforce (Early Years Educator) (QCF)")]
    [InlineData("/qualifications/EYQ-248", "Diploma for the Children and Young People's Workforce (Early Years Educator) (QCF)")]
    [InlineData("/roles", "Roles in the children's workforce")]
    [InlineData("/qualifications/coverage", "How qualifications cover the Common Core")]
    [InlineData("/qualifications/EYQ-247/credit?Holds=EYQ-248", "What counts towards this qualification")]
    [InlineData("/qualifications/progression?From=EYQ-248&To=EYQ-247&Role=", "Find your next step")]
    [InlineData("/roles/early-years-worker", "Early years worker")]
    [InlineData("/roles/early-years-worker?Check=EYQ-242&Area=E99999999", "Early years worker")]
    [InlineData("/roles/early-years-worker?Check=", "Early years worker")]
    [InlineData("/roles?Scheme=sector-body-2005", "Roles in the children's workforce")]
    [InlineData("/qualifications/coverage?Scheme=sector-body-2005", "How qualifications cover the Common Core")]
    [InlineData("/qualifications/downloads", "Download the qualifications framework")]
    [InlineData("/qualifications/progression?role=nanny", "Find your next step")]
    public async Task Public_pages_have_no_accessibility_violations(string path, string heading)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Sign_in_errors_use_the_error_summary_and_pass_axe()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("someone@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.StartsWith("Error:", await page.TitleAsync());
        Assert.Equal("someone@example.org", await page.GetByLabel("Email address").InputValueAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your password" }).ClickAsync();
        Assert.Equal("Input-Password", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("admin@demo.example.org", "/admin/areas", "Areas")]
    [InlineData("admin@demo.example.org", "/admin/audit", "Audit log")]
    [InlineData("admin@demo.example.org", "/admin/qualifications/duplicates", "Possible duplicate qualifications")]
    [InlineData("admin@demo.example.org", "/admin/qualifications/import", "Import qualifications data")]
    [InlineData("admin@demo.example.org", "/admin/areas/new", "Create an area")]
    [InlineData("lead@demo.example.org", "/areas/E99999999", "Demoshire (fictional)")]
    [InlineData("lead@demo.example.org", "/areas/E99999999/organisations/new", "Add an organisation")]
    [InlineData("manager@demo.example.org", "/account", "Your account")]
    [InlineData("manager@demo.example.org", "/account/two-factor", "Set up two-factor authentication")]
    [InlineData("manager@demo.example.org", "/organisations/1/invite", "Invite someone")]
    public async Task Signed_in_pages_have_no_accessibility_violations(string email, string path, string heading)
    {
        var page = await fixture.SignedInAsync(email);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_form_with_errors_passes_axe_and_keeps_the_values()
    {
        var page = await fixture.SignedInAsync("admin@demo.example.org");
        await page.GotoAsync("/admin/areas/new");
        await page.GetByLabel("ONS area code").FillAsync("nonsense");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create area" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal("nonsense", await page.GetByLabel("ONS area code").InputValueAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_refused_page_passes_axe()
    {
        var page = await fixture.SignedInAsync("practitioner@demo.example.org");
        var response = await page.GotoAsync("/admin/areas");
        Assert.Equal(403, response!.Status);
        Assert.Equal("You do not have permission to see this page", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Everything_works_without_JavaScript()
    {
        var page = await fixture.SignedInAsync("lead@demo.example.org", javaScript: false);
        await page.GotoAsync("/areas/E99999999/organisations/new");
        await page.GetByLabel("Organisation name").FillAsync("No Script Nursery");
        await page.GetByLabel("Reference").FillAsync("NOJS0001");
        await page.GetByLabel("Private").CheckAsync();
        await page.GetByLabel("Early years (0 to 4 years)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/organisations/"));
        Assert.Equal("No Script Nursery", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith('/'));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.CountAsync());
    }

    [Fact]
    public async Task Someone_finds_a_qualification_by_searching_and_filtering()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Qualifications", Exact = true }).ClickAsync();
        // Wait for the enhanced box, type, then close the suggestions as a keyboard user would
        // (the open list covers the filters below it).
        await page.Locator(".autocomplete__wrapper").WaitForAsync();
        var search = page.GetByLabel("Name, reference or qualification number");
        await search.FillAsync("T Level");
        await page.Locator(".autocomplete__menu--visible").WaitForAsync();
        await search.PressAsync("Escape");
        await page.Locator(".autocomplete__menu--visible").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.GetByLabel("Level 3").CheckAsync();
        await page.GetByLabel("Current", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "T Level Technical Qualification in Education and Early Years (Specialism - Early Years Educator)" }).ClickAsync();
        Assert.Equal("EYQ-535", await page.Locator(".govuk-summary-list__row", new() { HasText = "Reference" }).Locator("dd").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_administrator_uploads_a_broken_file_and_reads_its_problems()
    {
        var page = await fixture.SignedInAsync("admin@demo.example.org");
        await page.GotoAsync("/admin/qualifications/import");
        await page.GetByLabel("Units template").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "units.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Unit Ref,Unit Title,Level,Credits,Guided Learning Hours\nB-1,Bad,12,2,\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();
        await page.GetByText("units.csv was not imported").WaitForAsync();
        Assert.Contains("'12' is not a level", await page.Locator("table").InnerTextAsync());
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_administrator_checks_an_excel_workbook_without_saving_it()
    {
        var page = await fixture.SignedInAsync("admin@demo.example.org");
        await page.GotoAsync("/admin/qualifications/import");
        await page.GetByLabel("Roles template").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "roles.xlsx",
            MimeType = OneWorkforce.Data.Imports.TableFile.ExcelContentType,
            Buffer = OneWorkforce.Data.Imports.TableFile.WriteExcel("roles", ["Role", "Title", "Description", "Workforce Type", "Sectors"],
                [["forest-school-leader", "Forest school leader", "", "wider", "sport-leisure-play; education"]]),
        });
        await page.GetByLabel("Check the file only: save nothing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import file" }).ClickAsync();
        await page.GetByText("roles.xlsx: 1 added, 0 updated, 0 unchanged").WaitForAsync();
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_search_box_suggests_qualifications_and_a_suggestion_opens_its_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/qualifications");
        await page.Locator(".autocomplete__wrapper").WaitForAsync();
        var box = page.GetByLabel("Name, reference or qualification number");
        await box.PressSequentiallyAsync("diploma for the children");
        var option = page.GetByRole(AriaRole.Option).First;
        await Microsoft.Playwright.Assertions.Expect(option).ToContainTextAsync("EYQ-24"); // retries until the answer to the last keystroke is shown
        await page.AssertNoViolationsAsync();
        await option.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/qualifications/EYQ-"));
    }

    [Fact]
    public async Task On_a_phone_the_home_page_passes_axe()
    {
        var page = await fixture.NewPageAsync(width: 375);
        await page.GotoAsync("/");
        await page.AssertNoViolationsAsync();
    }
}
