using Microsoft.Playwright;

namespace OneWorkforce.BrowserTests;

/// <summary>
/// Surveys in a real browser: the lead builds one and reads the demo survey's analysis; someone answers through the open
/// link on a phone, part by part, and sends. Every page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_lead_builds_a_survey_and_reads_the_analysis_by_category_theme_and_band()
    {
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/surveys");
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Short name").FillAsync($"browser-{Guid.NewGuid():N}"[..20]);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start the survey" }).ClickAsync();
        Assert.Equal("Questions", await lead.Locator("h1").InnerTextAsync());
        Assert.Contains("Where did you advertise, and which worked best?", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        var errors = await lead.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Enter the question", errors);
        Assert.Contains("Choose the kind of question", errors);
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Question", new() { Exact = true }).FillAsync("Would you come to a half-day workshop?");
        await lead.GetByLabel("Yes, no or maybe").CheckAsync();
        await lead.GetByLabel("When is it asked? (optional)").SelectOptionAsync(new SelectOptionValue { Value = "q21=yes" });
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        Assert.Contains("Asked only when Q21 is Yes", await lead.Locator("main").InnerTextAsync());

        await lead.GotoAsync("/surveys");
        await lead.Locator("tr", new() { HasText = "pvi-2026" }).GetByRole(AriaRole.Link).ClickAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Analysis" }).ClickAsync();
        Assert.Matches("4[89] organisations have sent answers", await lead.Locator("main").InnerTextAsync()); // 49 once the phone test has sent its answers
        Assert.True(await lead.Locator("svg.app-chart").CountAsync() > 5);
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Show the answers of").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await lead.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("Early years (0 to 4 years):", await lead.Locator("main h2").First.InnerTextAsync());
        await lead.GetByRole(AriaRole.Link, new() { Name = "Every question by category, side by side" }).ClickAsync();
        Assert.Equal("Answers by organisation category", await lead.Locator("h1").InnerTextAsync());
        await lead.AssertNoViolationsAsync();

        var survey = lead.Url.Split('/')[4];
        await lead.GotoAsync($"/surveys/{survey}/themes/q7");
        Assert.Contains("Networking", await lead.Locator("main").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
        await lead.GotoAsync($"/surveys/{survey}/bands/q12a");
        await lead.GetByLabel("Bands").FillAsync("lots");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the bands" }).ClickAsync();
        Assert.Contains("is not a band", await lead.Locator(".govuk-error-summary").InnerTextAsync());
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Someone_answers_through_the_open_link_on_a_phone_and_sends_once()
    {
        var lead = await fixture.SignedInAsync("lead@demo.example.org");
        await lead.GotoAsync("/surveys");
        await lead.Locator("tr", new() { HasText = "pvi-2026" }).GetByRole(AriaRole.Link).ClickAsync();
        if (await lead.GetByRole(AriaRole.Button, new() { Name = "Make an open link" }).CountAsync() > 0)
        {
            await lead.GetByRole(AriaRole.Button, new() { Name = "Make an open link" }).ClickAsync();
        }
        var link = (await lead.Locator(".app-break").InnerTextAsync()).Trim();

        var phone = await fixture.NewPageAsync(true, 390);
        await phone.GotoAsync(new Uri(link).PathAndQuery);
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        Assert.Equal("About your organisation", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Uniformed groups").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        // Part 2 refuses missing answers with each one named.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Contains("Select at least one answer to 'Which ages of children and young people do you support?'", await phone.Locator(".govuk-error-summary").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("5 to 11 years").CheckAsync();
        await phone.GetByLabel("Play, sport and leisure").CheckAsync();
        await phone.GetByLabel("In more than one district, or across the whole area").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Equal("Working with partners", await phone.Locator("h1").InnerTextAsync());
        await phone.GetByRole(AriaRole.Group, new() { Name = "Do you work in partnership with other organisations?" }).GetByLabel("Yes").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "Have you recruited staff or volunteers in the last 12 months?" }).GetByLabel("No").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "Do you have a budget for training?" }).GetByLabel("Yes").CheckAsync();
        await phone.GetByLabel("How much did you spend on training in the last 12 months?").FillAsync("£750");
        await phone.GetByRole(AriaRole.Group, new() { Name = "Do you have any barriers to getting training?" }).GetByLabel("Yes").CheckAsync();
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Equal("Check your answers before sending them", await phone.Locator("h1").InnerTextAsync());
        Assert.Contains("£750", await phone.Locator("main").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        Assert.Equal("Thank you", await phone.Locator("h1").InnerTextAsync());
        await phone.AssertNoViolationsAsync();
        await phone.GoBackAsync();
        await phone.ReloadAsync();
        Assert.Equal("Thank you", await phone.Locator("h1").InnerTextAsync());
    }
}
