using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneWorkforce.Data;
using OneWorkforce.Data.Demo;
using OneWorkforce.Testing;

namespace OneWorkforce.BrowserTests;

/// <summary>The training offer in a real browser: find → book → attend → record → certificate, and the provider's forms; every page passes axe.</summary>
[Collection(JourneyCollection.Name)]
[Trait(Databases.Trait, Databases.Both)]
public sealed class TrainingPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_practitioner_finds_and_books_a_course_the_provider_marks_attendance_and_the_certificate_checks_out()
    {
        var title = $"Browser safeguarding {Guid.NewGuid():N}"[..30];
        var (_, sessionId) = await fixture.App.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, fixture.App.DemoAreaId, 5, title));

        // Find it on a phone, filtered by topic, then book.
        var phone = await fixture.SignedInAsync("practitioner@demo.example.org", width: 390);
        await phone.GotoAsync("/training");
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Course name or subject").FillAsync(title);
        await phone.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Safeguarding children" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Equal("1 session", await phone.Locator("#results-heading").InnerTextAsync());
        await phone.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        Assert.Equal(title, await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Link, new() { NameRegex = new("^Book a place") }).ClickAsync();
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Name for the register and the certificate").FillAsync("Pat Practitioner");
        await phone.GetByLabel("Email for the confirmation (optional)").FillAsync("pat@example.org");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Book the place" }).ClickAsync();
        Assert.Equal("Place booked", await phone.Locator(".govuk-panel__title").InnerTextAsync());
        await phone.AssertNoViolationsAsync();

        // The session takes place; the provider marks the register.
        await fixture.App.WithScopeAsync(s => TrainingData.StartSessionAsync(s, sessionId));
        var provider = await fixture.SignedInAsync("provider@demo.example.org");
        await provider.GotoAsync("/training/manage");
        await provider.AssertNoViolationsAsync();
        await provider.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await provider.GetByRole(AriaRole.Link, new() { NameRegex = new("^Bookings and attendance") }).ClickAsync();
        await provider.AssertNoViolationsAsync();
        await provider.GetByLabel("Pat Practitioner").CheckAsync();
        await provider.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        Assert.Contains("1 attended, 0 did not. 1 training record added", await provider.Locator(".govuk-notification-banner").InnerTextAsync());
        await provider.AssertNoViolationsAsync();

        // The practitioner's record has it, and the certificate is theirs to print and anyone can check.
        var record = await fixture.App.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var workerId = await db.Users.Where(u => u.Email == "practitioner@demo.example.org").Select(u => u.WorkerId).SingleAsync();
            return await db.TrainingRecords.AsNoTracking().SingleAsync(t => t.WorkerId == workerId && t.Title == title);
        });
        Assert.Equal(record.CompletedOn.AddYears(3), record.ExpiresOn);
        await phone.GotoAsync("/training/records");
        Assert.Equal("Your training", await phone.Locator("h1").InnerTextAsync());
        Assert.Contains(title, await phone.Locator("main").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        var team = await fixture.SignedInAsync("manager@demo.example.org");
        await team.GotoAsync("/training/records");
        Assert.Equal("Your team's training", await team.Locator("h1").InnerTextAsync());
        await team.AssertNoViolationsAsync();
        await phone.GotoAsync("/training/bookings");
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Link, new() { NameRegex = new("^Certificate") }).First.ClickAsync();
        Assert.Equal("Pat Practitioner", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        var code = (await phone.Locator(".govuk-summary-list__value strong").Last.InnerTextAsync()).Trim();

        var anyone = await fixture.NewPageAsync(); // axe needs JavaScript; the form itself works without it (a plain GET)
        await anyone.GotoAsync("/training/certificates");
        await anyone.AssertNoViolationsAsync();
        await anyone.GetByLabel("Check a training certificate").FillAsync("NOT-A-CODE");
        await anyone.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        Assert.Contains("Enter the 12 letters and numbers", await anyone.Locator(".govuk-error-summary").InnerTextAsync());
        await anyone.AssertNoViolationsAsync();
        await anyone.GetByLabel("Check a training certificate").FillAsync(code.ToLowerInvariant());
        await anyone.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        Assert.Contains(title, await anyone.Locator("main").InnerTextAsync());
        Assert.Contains("Pat Practitioner", await anyone.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_provider_adds_a_course_and_an_evening_session_with_the_forms()
    {
        var page = await fixture.SignedInAsync("provider@demo.example.org");
        await page.GotoAsync("/training/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a course" }).ClickAsync();
        await page.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the course" }).ClickAsync();
        Assert.Contains("Enter the course title", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.AssertNoViolationsAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Browser evening first aid");
        await page.GetByLabel("What it covers").FillAsync("Emergency first aid for volunteers.");
        await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Paediatric first aid" });
        await page.GetByLabel("No safeguarding level").CheckAsync();
        await page.GetByLabel("Universal").CheckAsync();
        await page.GetByLabel("Core and wider workforce").CheckAsync();
        await page.GetByLabel("Classroom").CheckAsync();
        await page.GetByLabel("Cost per place, in pounds").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the course" }).ClickAsync();
        Assert.Equal("Browser evening first aid", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a session" }).ClickAsync();
        await page.AssertNoViolationsAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        await page.Locator("#Date-day").FillAsync(day.Day.ToString());
        await page.Locator("#Date-month").FillAsync(day.Month.ToString());
        await page.Locator("#Date-year").FillAsync(day.Year.ToString());
        await page.GetByLabel("Start time").FillAsync("6:30pm");
        await page.GetByLabel("End time").FillAsync("9pm");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Westmoor Family Hub");
        await page.GetByLabel("District").SelectOptionAsync(new SelectOptionValue { Label = "Westmoor" });
        await page.GetByLabel("Number of places").FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the session" }).ClickAsync();
        Assert.Contains("16 of 16 places left", await page.Locator("main").InnerTextAsync());
        Assert.Contains("Westmoor Family Hub, Westmoor", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_manager_follows_compliance_to_who_runs_out_soon_and_a_lead_reads_the_area_and_sets_required_training()
    {
        // The demo nursery's people against the demo area's required training (safeguarding level 2, first aid, the Common Core).
        var manager = await fixture.SignedInAsync("manager@demo.example.org");
        await manager.GetByRole(AriaRole.Link, new() { Name = "See who is in date with required training" }).ClickAsync();
        Assert.Equal("Training compliance", await manager.Locator("h1").InnerTextAsync());
        Assert.Equal("Little Acorns Day Nursery", await manager.Locator(".govuk-caption-l").InnerTextAsync());
        Assert.Contains("Early years worker: Safeguarding children", await manager.Locator("table").First.InnerTextAsync());
        await manager.AssertNoViolationsAsync();
        await manager.GetByLabel("Show").SelectOptionAsync("out-of-date");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        Assert.Contains("Show=out-of-date", manager.Url);
        var states = await manager.Locator("table").Last.Locator("tbody .govuk-tag").AllInnerTextsAsync();
        Assert.All(states, s => Assert.Equal("OUT OF DATE", s.ToUpperInvariant()));

        await manager.GotoAsync("/training/needs");
        Assert.Equal("Your organisation's training needs", await manager.Locator("h1").InnerTextAsync());
        await manager.AssertNoViolationsAsync();

        // The lead: the area in counts with small numbers hidden, then the requirements form with an error put right.
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/training/compliance");
        Assert.Contains("By organisation", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GotoAsync("/training/needs");
        Assert.Contains("People with a need, by topic and district", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GotoAsync("/training/requirements");
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Learning mentor" });
        await lead.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Behaviour" });
        await lead.GetByLabel("Refresh every (years)").FillAsync("often");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add requirement" }).ClickAsync();
        Assert.Contains("a whole number from 1 to 10", await lead.Locator(".govuk-error-summary").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Refresh every (years)").FillAsync("2");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add requirement" }).ClickAsync();
        Assert.Contains("Added: Learning mentor: Behaviour, every 2 years.", await lead.Locator(".govuk-notification-banner").InnerTextAsync());
        await lead.GetByRole(AriaRole.Button, new() { Name = "Remove Learning mentor: Behaviour" }).ClickAsync();
        Assert.Contains("Removed.", await lead.Locator(".govuk-notification-banner").InnerTextAsync());
    }
}
