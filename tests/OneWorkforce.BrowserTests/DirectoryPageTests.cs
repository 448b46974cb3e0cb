using Microsoft.Playwright;

namespace OneWorkforce.BrowserTests;

/// <summary>The partner directory in a real browser: search on a phone, a listing, the manager's listing form with its errors, the lead's page; every page passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectoryPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Someone_finds_a_nursery_on_a_phone_and_managers_and_leads_keep_the_directory()
    {
        var phone = await fixture.NewPageAsync(true, 390);
        await phone.GotoAsync("/directory");
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Kind of organisation").SelectOptionAsync(new SelectOptionValue { Label = "Early years (0 to 4 years)" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Equal("1 organisation", await phone.Locator("#results-heading").InnerTextAsync());
        await phone.GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery" }).ClickAsync();
        Assert.Equal("Little Acorns Day Nursery", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();

        var manager = await fixture.SignedInAsync("manager@demo.example.org");
        await manager.GotoAsync("/directory/listing");
        await manager.AssertNoViolationsAsync();
        await manager.GetByLabel("Website (optional)").FillAsync("little-acorns");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save listing" }).ClickAsync();
        Assert.Contains("Enter the website address in full", await manager.Locator(".govuk-error-summary").InnerTextAsync());
        await manager.AssertNoViolationsAsync();

        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/directory/manage");
        Assert.Contains("1st Northbridge Scout Group", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Someone_asks_for_the_workforce_news_and_the_lead_writes_an_update()
    {
        var phone = await fixture.NewPageAsync(true, 390);
        await phone.GotoAsync("/news");
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Email address").FillAsync("not an address");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Get the news" }).ClickAsync();
        Assert.Contains("Choose your area from the list", await phone.Locator(".govuk-error-summary").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Your area").SelectOptionAsync(new SelectOptionValue { Label = "Demoshire (fictional)" });
        await phone.GetByLabel("Email address").FillAsync($"browser-{Guid.NewGuid():N}@example.org");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Get the news" }).ClickAsync();
        Assert.Equal("Check your email", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();

        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/news/manage");
        Assert.Equal("Workforce news", await lead.Locator("h1").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Someone_finds_a_workshop_on_a_phone_and_the_lead_adds_an_event()
    {
        var phone = await fixture.NewPageAsync(true, 390);
        await phone.GotoAsync("/events?Area=E99999999");
        Assert.Contains("events coming up", await phone.Locator("#results-heading").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Workforce development strategy and my organisation" }).ClickAsync();
        Assert.Equal("Workforce development strategy and my organisation", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();

        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/events");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Add an event" }).ClickAsync();
        Assert.True(await lead.GetByLabel("A workforce development event").IsCheckedAsync());
        await lead.AssertNoViolationsAsync();
    }
}
