using System.Net;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>The action plan (seed 003 appendix 2), the sign-off report, and rewording the statements nationally and locally.</summary>
public sealed class ActionPlanTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string Area = "E99999999";

    private async Task<(HttpClient Lead, string CyclePath)> NewCycleAsync(string name)
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var created = await Browser.SubmitAsync(lead, $"/areas/{Area}/assessments/new",
            ("Input.Name", name), ("Input.PeriodStart.Day", "1"), ("Input.PeriodStart.Month", "1"), ("Input.PeriodStart.Year", "2009"),
            ("Input.PeriodEnd.Day", "30"), ("Input.PeriodEnd.Month", "6"), ("Input.PeriodEnd.Year", "2009"),
            ("Input.Groups", "leaders"), ("Input.Groups", "frontline"), ("Input.Anonymous", "yes"), ("Input.Threshold", "3.00"));
        return (lead, created.Headers.Location!.OriginalString);
    }

    private static (string, string)[] SeedAction1(string cost = "12000") =>
    [
        ("Input.Title", "Development & implementation of a Workforce Development Activation Strategy"),
        ("Input.Description", "Promote the One Children's Framework & Tool\nImprove the engagement and commitment of Trust Partners"),
        ("Input.Arcs", "all"),
        ("Input.Outcomes", "An Activation Strategy\nProgramme of workshops, awareness sessions"),
        ("Input.Timescale", "Strategy agreed by October 2009; implementation ongoing"),
        ("Input.LeadOfficer", "Tim Woodward"),
        ("Input.Resources", "Departmental/Partner Officer time; materials, venue costs"),
        ("Input.EstimatedCost", cost),
        ("Input.Status", "on-track"),
        ("Input.Priority", "yes"),
    ];

    [Fact]
    public async Task An_action_laid_out_like_seed_003_appendix_2_is_listed_downloaded_and_printed_in_the_sign_off_report()
    {
        var (lead, cyclePath) = await NewCycleAsync("Action plan cycle");
        var added = await Browser.SubmitAsync(lead, $"{cyclePath}/actions/new", SeedAction1());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var second = await Browser.SubmitAsync(lead, $"{cyclePath}/actions/new",
            ("Input.Title", "=HYPERLINK(\"http://evil\")"), ("Input.Arcs", "5"), ("Input.Arcs", "7"), ("Input.Status", "at-risk"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var plan = WebUtility.HtmlDecode(await lead.GetStringAsync($"{cyclePath}/actions"));
        Assert.Contains("1. Development &amp; implementation of a Workforce Development Activation Strategy".Replace("&amp;", "&"), plan);
        Assert.Contains("All arcs", plan);
        Assert.Contains("(£12,000)", plan);
        Assert.Contains("High quality, appropriately trained workforce, Capacity to deliver and keep children safe", plan);
        Assert.Contains("The main priorities are action 1.", plan);

        var csv = await lead.GetStringAsync($"{cyclePath}/actions?handler=Download&format=csv");
        Assert.StartsWith("Action,Links to OCW Framework,Outcomes,Timescale,Lead Officer,Resources (Estimated Costs),Status,Priority,Latest progress", csv.TrimStart('\uFEFF'));
        Assert.Contains("Departmental/Partner Officer time; materials, venue costs (£12,000)", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv); // the formula is neutralised
        var excel = await lead.GetAsync($"{cyclePath}/actions?handler=Download&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);

        // Progress is dated; the latest note shows in the plan.
        var actionPath = System.Text.RegularExpressions.Regex.Match(plan, "href=\"actions/(\\d+)\"").Groups[1].Value;
        var note = await Browser.SubmitAsync(lead, $"{cyclePath}/actions/{actionPath}?handler=Note",
            [new("NoteOn.Day", "15"), new("NoteOn.Month", "10"), new("NoteOn.Year", "2009"), new("NoteText", "Strategy agreed by the Trust board")], $"{cyclePath}/actions/{actionPath}");
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Contains("15 Oct 2009: Strategy agreed by the Trust board", await lead.GetStringAsync($"{cyclePath}/actions"));
        var future = await Browser.SubmitAsync(lead, $"{cyclePath}/actions/{actionPath}?handler=Note",
            [new("NoteOn.Day", "1"), new("NoteOn.Month", "1"), new("NoteOn.Year", "2099"), new("NoteText", "Later")], $"{cyclePath}/actions/{actionPath}");
        Assert.Contains("must be today or in the past", await future.Content.ReadAsStringAsync());

        var report = WebUtility.HtmlDecode(await lead.GetStringAsync($"{cyclePath}/report"));
        foreach (var part in new[] { "1. Summary", "5. Action plan", "Tim Woodward", "2 actions, estimated cost £12,000" })
        {
            Assert.Contains(part, report);
        }
    }

    [Theory]
    [InlineData("Input.EstimatedCost", "twelve thousand", "Enter the estimated cost in pounds")]
    [InlineData("Input.Title", "", "Enter the action")]
    [InlineData("Input.Arcs", "", "Select the arcs the action links to")]
    public async Task An_action_with_a_bad_field_is_refused_with_a_message_against_that_field(string field, string value, string message)
    {
        var (lead, cyclePath) = await NewCycleAsync("Bad action " + field + value);
        var fields = SeedAction1().Where(f => f.Item1 != field).Append((field, value)).ToArray();
        var refused = await Browser.SubmitAsync(lead, $"{cyclePath}/actions/new", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains($"href=\"#{field.Replace('.', '-')}\"", html);
        Assert.Contains("No actions yet", await lead.GetStringAsync($"{cyclePath}/actions"));
    }

    [Fact]
    public async Task A_national_edit_and_a_local_wording_reach_cycles_opened_after_them_but_not_one_already_open()
    {
        var (lead, earlierPath) = await NewCycleAsync("Opened before the edit");
        await Browser.SubmitAsync(lead, $"{earlierPath}?handler=Status&to=open", [], earlierPath);
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var national = await Browser.SubmitAsync(admin, "/assessments/statements/national?group=leaders&arc=2",
            ("Texts[1]", "Leaders across the county agree on shared values."));
        Assert.Equal(HttpStatusCode.Redirect, national.StatusCode);
        var local = await Browser.SubmitAsync(lead, $"/assessments/statements/{Area}?group=leaders&arc=2",
            ("Texts[2]", "The Demoshire values charter group includes the right people."));
        Assert.Equal(HttpStatusCode.Redirect, local.StatusCode);
        var tooLong = await Browser.SubmitAsync(lead, $"/assessments/statements/{Area}?group=leaders&arc=2", ("Texts[3]", new string('x', 501)));
        Assert.Contains("The statement must be 500 characters or fewer", await tooLong.Content.ReadAsStringAsync());

        var (_, laterPath) = await NewCycleAsync("Opened after the edit");
        await Browser.SubmitAsync(lead, $"{laterPath}?handler=Status&to=open", [], laterPath);

        async Task<string> Arc2Async(string cyclePath)
        {
            var page = await lead.GetStringAsync(cyclePath);
            var link = System.Text.RegularExpressions.Regex.Match(page, "/respond/open/[a-z2-7]{26}").Value;
            var respondent = factory.CreateClient();
            var started = await Browser.SubmitAsync(respondent, link, ("About.Group", "leaders"), ("About.Locality", "none"));
            var responsePath = started.Headers.Location!.OriginalString[..^"/arc/1".Length];
            return WebUtility.HtmlDecode(await respondent.GetStringAsync($"{responsePath}/arc/2"));
        }
        var later = await Arc2Async(laterPath);
        Assert.Contains("Leaders across the county agree on shared values.", later);
        Assert.Contains("The Demoshire values charter group includes the right people.", later);
        var earlier = await Arc2Async(earlierPath);
        Assert.DoesNotContain("Leaders across the county", earlier);
        Assert.Contains("We have agreed what a common language and set of values across services should look like in our area.", earlier);
    }

    [Fact]
    public async Task The_demo_has_an_example_cycle_with_answers_an_action_plan_and_a_report()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var index = WebUtility.HtmlDecode(await lead.GetStringAsync($"/areas/{Area}/assessments"));
        var path = System.Text.RegularExpressions.Regex.Match(index, $"/areas/{Area}/assessments/(\\d+)\">January to June 2026 \\(example\\)").Groups[1].Value;
        Assert.NotEmpty(path);
        var analysis = WebUtility.HtmlDecode(await lead.GetStringAsync($"/areas/{Area}/assessments/{path}/analysis"));
        Assert.Contains("respondents and matrices", analysis);
        Assert.Contains("by 60 ", analysis);
        Assert.Contains("cover for staff to go on training", analysis);
        var report = WebUtility.HtmlDecode(await lead.GetStringAsync($"/areas/{Area}/assessments/{path}/report"));
        Assert.Contains("2 actions, estimated cost £17,000", report);
    }
}
