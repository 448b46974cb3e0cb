using Microsoft.Playwright;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.BrowserTests;

/// <summary>
/// The self-assessment from both sides in a real browser: a lead opens a cycle; someone answers it on a
/// phone-sized screen (and starts again with JavaScript off, which the pages do not need); the lead reads the comments, writes the action plan, prints the
/// sign-off report and rewords a statement. Every page passes axe.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class AnsweringPageTests(BrowserFixture fixture)
{
    private async Task<IPage> SignedInAsLeadAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("lead@demo.example.org");
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        return page;
    }

    private async Task<(IPage Lead, string CycleUrl)> OpenCycleAsync()
    {
        var lead = await SignedInAsLeadAsync();
        await lead.GotoAsync("/areas/E99999999/assessments/new");
        await lead.GetByLabel("Name").FillAsync($"Phone cycle {Guid.NewGuid():N}");
        foreach (var (id, value) in new[] { ("PeriodStart-day", "1"), ("PeriodStart-month", "1"), ("PeriodStart-year", "2026"), ("PeriodEnd-day", "30"), ("PeriodEnd-month", "6"), ("PeriodEnd-year", "2026") })
        {
            await lead.Locator($"#Input-{id}").FillAsync(value);
        }
        await lead.GetByRole(AriaRole.Button, new() { Name = "Set up cycle" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Open for answers" }).ClickAsync();
        await lead.Locator("#open-link").WaitForAsync();
        await lead.AssertNoViolationsAsync();
        return (lead, lead.Url);
    }

    [Fact]
    public async Task Someone_answers_on_a_phone_and_the_lead_sees_their_comment()
    {
        var (lead, cycleUrl) = await OpenCycleAsync();
        var link = (await lead.Locator("#open-link").InnerTextAsync()).Trim();

        // Without JavaScript the form still works (axe needs JavaScript, so it checks the phone below).
        var noScript = await fixture.NewPageAsync(javaScript: false, width: 375);
        await noScript.GotoAsync(link);
        await noScript.GetByLabel("Leaders and managers").CheckAsync();
        await noScript.GetByLabel("Northbridge").CheckAsync();
        await noScript.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await noScript.Locator("input[name='a1s1'][value='3']").CheckAsync();
        await noScript.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        await noScript.Locator("#resume-code").WaitForAsync();

        var phone = await fixture.NewPageAsync(width: 375);
        await phone.GotoAsync(link);
        await phone.AssertNoViolationsAsync();
        await phone.GetByLabel("Frontline staff and their managers").CheckAsync();
        await phone.GetByLabel("Southfield").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        // One arc a page. Leaving statements out gives the GOV.UK error summary, linked to the first one left.
        await phone.GetByRole(AriaRole.Heading, new() { Name = "Shared identity, purpose and vision" }).WaitForAsync();
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await phone.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Contains("Select a score from 1 to 5", await phone.Locator(".govuk-error-summary").InnerTextAsync());
        await phone.AssertNoViolationsAsync();

        // Save part of it and come back: the code is shown.
        await phone.Locator("input[name='a1s1'][value='5']").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        await phone.Locator("#resume-code").WaitForAsync();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", (await phone.Locator("#resume-code").InnerTextAsync()).Trim());
        await phone.AssertNoViolationsAsync();

        await phone.GetByRole(AriaRole.Link, new() { Name = "Shared identity, purpose and vision" }).ClickAsync();
        for (var arc = 1; arc <= 8; arc++)
        {
            for (var stage = 1; stage <= 8; stage++)
            {
                await phone.Locator($"input[name='a{arc}s{stage}'][value='{(stage == 8 ? "dk" : "4")}']").CheckAsync();
            }
            if (arc == 1)
            {
                await phone.GetByLabel("Is there anything you want to tell us about shared identity, purpose and vision?").FillAsync("Joint training days help us feel like one team");
            }
            await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        }
        await phone.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before sending them" }).WaitForAsync();
        await phone.AssertNoViolationsAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await phone.GetByRole(AriaRole.Heading, new() { Name = "Answers sent" }).WaitForAsync();
        await phone.AssertNoViolationsAsync();

        await lead.GotoAsync(cycleUrl + "/analysis");
        Assert.Contains("Overall average 4.00", await lead.Locator(".govuk-body-l").InnerTextAsync());
        await lead.GetByText("Shared identity, purpose and vision (1 comment)").ClickAsync();
        await lead.GetByText("Joint training days help us feel like one team").WaitForAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GotoAsync(cycleUrl);
        await lead.AssertNoViolationsAsync();

        var enter = await fixture.NewPageAsync(width: 375);
        await enter.GotoAsync("/respond");
        await enter.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_lead_writes_the_action_plan_prints_the_sign_off_report_and_rewords_a_statement()
    {
        var (lead, cycleUrl) = await OpenCycleAsync();
        await lead.GotoAsync(cycleUrl + "/actions");
        await lead.AssertNoViolationsAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Action", new() { Exact = true }).FillAsync("Develop & implement a Common Induction programme across the children's workforce");
        await lead.GetByLabel("High quality, appropriately trained workforce").CheckAsync();
        await lead.GetByLabel("Estimated cost in pounds (optional)").FillAsync("about five grand");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await lead.Locator(".govuk-error-summary").WaitForAsync();
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Estimated cost in pounds (optional)").FillAsync("5000");
        await lead.GetByLabel("On track").CheckAsync();
        await lead.GetByLabel("This is one of the plan's main priorities").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await lead.GetByText("Action 1 added").WaitForAsync();
        Assert.Contains("(£5,000)", await lead.Locator("table").InnerTextAsync());
        await lead.AssertNoViolationsAsync();

        await lead.GetByRole(AriaRole.Link, new() { Name = "1. Develop & implement a Common Induction programme" }).ClickAsync();
        await lead.GetByRole(AriaRole.Heading, new() { Name = "Progress" }).WaitForAsync();
        await lead.AssertNoViolationsAsync();

        await lead.GotoAsync(cycleUrl + "/report");
        await lead.GetByRole(AriaRole.Heading, new() { Name = "5. Action plan" }).WaitForAsync();
        await lead.AssertNoViolationsAsync();
        await lead.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await lead.Locator(".govuk-header").IsVisibleAsync()); // the printout has no navigation
        await lead.EmulateMediaAsync(new() { Media = Media.Screen });

        await lead.GotoAsync("/assessments/statements/E99999999?group=children-families&arc=7");
        await lead.AssertNoViolationsAsync();
        await lead.GetByLabel("Stage 1: Define what's needed").FillAsync("Demoshire asked me what would help me feel safe.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save statements" }).ClickAsync();
        await lead.GetByText("1 statement saved").WaitForAsync();
        Assert.Contains("Local wording, changed by lead@demo.example.org", await lead.Locator("#Texts-1-hint").InnerTextAsync());
    }
}
