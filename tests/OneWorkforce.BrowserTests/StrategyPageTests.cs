using Microsoft.Playwright;

namespace OneWorkforce.BrowserTests;

/// <summary>The workforce strategy in a real browser: the plan, an action, an indicator and the quarterly report, each passing axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StrategyPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_lead_follows_the_plan_records_an_indicator_and_reads_the_quarterly_report()
    {
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/strategies");
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Demoshire Children's Workforce Strategy" }).ClickAsync();
        Assert.Equal("Demoshire Children's Workforce Strategy", await lead.Locator("h1").InnerTextAsync());
        Assert.Contains("1. Recruitment and Retention", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();

        await lead.GetByRole(AriaRole.Link, new() { Name = "Support the diversification of the workforce" }).First.ClickAsync();
        Assert.Contains("Road show", await lead.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("What has happened").FillAsync("");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add progress note" }).ClickAsync();
        Assert.Contains("Write what has happened", await lead.Locator(".govuk-error-summary").InnerTextAsync());
        await lead.AssertNoViolationsAsync();

        await lead.GoBackAsync();
        await lead.GotoAsync(lead.Url.Split("/actions")[0]);
        await lead.GetByRole(AriaRole.Link, new() { Name = "New starters rating their induction good or better" }).ClickAsync();
        Assert.Contains("Entered by hand, with evidence", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Value", new() { Exact = true }).FillAsync("81");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the value" }).ClickAsync();
        Assert.Contains("Say where the value comes from", await lead.Locator(".govuk-error-summary").InnerTextAsync());
        await lead.GetByLabel("Evidence").FillAsync("Induction feedback forms, this month");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the value" }).ClickAsync();
        Assert.Contains("Induction feedback forms, this month", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();

        await lead.GetByRole(AriaRole.Link, new() { Name = "Demoshire Children's Workforce Strategy" }).First.ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Quarterly report for") }).ClickAsync();
        Assert.StartsWith("Quarterly report:", await lead.Locator("h1").InnerTextAsync());
        Assert.Contains("Draft: built from the live data now", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Previous quarter" }).ClickAsync();
        Assert.Contains("Issued on", await lead.Locator("main").InnerTextAsync()); // demo load issued last quarter's report
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_lead_adds_an_indicator_with_its_problems_named()
    {
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/strategies");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Demoshire Children's Workforce Strategy" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add a success indicator" }).ClickAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add the indicator" }).ClickAsync();
        var errors = await lead.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Choose what the indicator measures", errors);
        Assert.Contains("Enter the target", errors);
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Self-assessment overall score").CheckAsync();
        await lead.GetByLabel("Target", new() { Exact = true }).FillAsync("4");
        await lead.Locator("#DueOn-Day, #DueOn\\.Day, [name='DueOn.Day']").First.FillAsync("31");
        await lead.Locator("[name='DueOn.Month']").FillAsync("3");
        await lead.Locator("[name='DueOn.Year']").FillAsync("2029");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add the indicator" }).ClickAsync();
        Assert.Equal("Self-assessment overall score", await lead.Locator("h1").InnerTextAsync());
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record today's value" }).ClickAsync();
        Assert.Matches("Today's value recorded|There is no data", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }
}
