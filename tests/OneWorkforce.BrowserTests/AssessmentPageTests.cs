using Microsoft.Playwright;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.BrowserTests;

/// <summary>A workforce lead runs a self-assessment cycle in a real browser; every page passes axe.</summary>
[Collection(JourneyCollection.Name)]
[Trait(Databases.Trait, Databases.Both)]
public sealed class AssessmentPageTests(BrowserFixture fixture)
{
    private async Task<IPage> SignedInAsLeadAsync(int width = 1280)
    {
        var page = await fixture.NewPageAsync(width: width);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("lead@demo.example.org");
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        return page;
    }

    [Fact]
    public async Task A_lead_sets_up_a_cycle_uploads_a_matrix_and_reads_the_analysis()
    {
        var page = await SignedInAsLeadAsync();
        await page.GotoAsync("/areas/E99999999/assessments");
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up a cycle" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync($"Browser cycle {Guid.NewGuid():N}");
        await page.Locator("#Input-PeriodStart-day").FillAsync("31");
        await page.Locator("#Input-PeriodStart-month").FillAsync("2");
        await page.Locator("#Input-PeriodStart-year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up cycle" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Contains("The start date must be a real date", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.AssertNoViolationsAsync();

        await page.Locator("#Input-PeriodStart-day").FillAsync("1");
        await page.Locator("#Input-PeriodEnd-day").FillAsync("30");
        await page.Locator("#Input-PeriodEnd-month").FillAsync("6");
        await page.Locator("#Input-PeriodEnd-year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up cycle" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See the analysis" }).WaitForAsync();
        await page.AssertNoViolationsAsync();

        await page.GetByLabel("Matrix file").SetInputFilesAsync(new FilePayload
        {
            Name = "appendix-e.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(OneWorkforce.Testing.SeedMatrices.AppendixECsv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload matrix" }).ClickAsync();
        await page.GetByText("64 scores added from appendix-e.csv").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "See the analysis" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Self-assessment analysis" }).WaitForAsync();
        Assert.Contains("Overall average 3.04", await page.Locator(".govuk-body-l").InnerTextAsync());
        Assert.Equal("2.73", (await page.GetByRole(AriaRole.Row, new() { Name = "High quality, appropriately trained workforce (blue)" }).Locator("td").Last.InnerTextAsync()).Trim());
        await page.AssertNoViolationsAsync();

        await page.GotoAsync(page.Url.Replace("/analysis", "/matrix"));
        await page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task On_a_phone_the_analysis_page_passes_axe()
    {
        var page = await SignedInAsLeadAsync(width: 375);
        await page.GotoAsync("/areas/E99999999/assessments");
        await page.AssertNoViolationsAsync();
    }
}
