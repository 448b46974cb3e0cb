using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>Answering a cycle's questionnaire: the open link, invitation codes, save and return, sending once, named cycles, closing.</summary>
public sealed class AnsweringTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string Area = "E99999999";

    private Task<(HttpClient Lead, string CyclePath, string OpenLink)> OpenCycleAsync(string name) => OpenCycles.OpenAsync(factory, name);

    private static async Task<string> StartAsync(HttpClient respondent, string openLink, string group = "frontline", string locality = "Northbridge")
    {
        var started = await Browser.SubmitAsync(respondent, openLink, ("About.Group", group), ("About.Locality", locality));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        Assert.EndsWith("/arc/1", location);
        return location[..^"/arc/1".Length];
    }

    /// <summary>Answers all 8 arcs with one score (and a comment on arc 1), then sends.</summary>
    private static async Task<HttpResponseMessage> AnswerAndSendAsync(HttpClient respondent, string responsePath, string score = "4", string? comment = null)
    {
        var token = await Browser.TokenFromAsync(respondent, $"{responsePath}/arc/1");
        for (var arc = 1; arc <= 8; arc++)
        {
            var fields = Enumerable.Range(1, 8).Select(s => new KeyValuePair<string, string>($"a{arc}s{s}", score)).ToList();
            if (arc == 1 && comment is not null)
            {
                fields.Add(new("c1", comment));
            }
            fields.Add(new("next", "continue"));
            fields.Add(new("__RequestVerificationToken", token));
            var saved = await respondent.PostAsync($"{responsePath}/arc/{arc}", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        return await respondent.PostAsync($"{responsePath}/check", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private Task<int> SentAsync(string cyclePath) => factory.WithScopeAsync(s =>
    {
        var id = int.Parse(cyclePath.Split('/')[^1]);
        return s.GetRequiredService<OneWorkforceDbContext>().QuestionnaireResponses.CountAsync(r => r.OwnerId == id && r.Status == QuestionnaireResponse.Submitted);
    });

    [Fact]
    public async Task Someone_answers_from_the_open_link_and_their_answers_count_once_in_the_analysis()
    {
        var (lead, cyclePath, openLink) = await OpenCycleAsync("Open link cycle");
        var respondent = factory.CreateClient();
        var intro = await respondent.GetStringAsync(openLink);
        Assert.Contains("How well does our children", WebUtility.HtmlDecode(intro));
        Assert.Contains("Northbridge", intro);

        var responsePath = await StartAsync(respondent, openLink);
        var arcPage = WebUtility.HtmlDecode(await respondent.GetStringAsync($"{responsePath}/arc/1"));
        Assert.Contains("I know what a shared identity, purpose and vision", arcPage); // frontline wording
        Assert.Contains("Don't know", arcPage);

        var sent = await AnswerAndSendAsync(respondent, responsePath, "4", "We share a vision in Northbridge");
        Assert.Equal($"{responsePath}/sent", sent.Headers.Location!.OriginalString);
        Assert.Contains("Answers sent", await respondent.GetStringAsync($"{responsePath}/sent"));

        // Sending again (a double click, a retry) stores nothing more; the pages now only say it was sent.
        var token = await Browser.TokenFromAsync(respondent, "/respond");
        var again = await respondent.PostAsync($"{responsePath}/check", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal($"{responsePath}/sent", again.Headers.Location!.OriginalString);
        Assert.Equal(1, await SentAsync(cyclePath));

        var id = cyclePath.Split('/')[^1];
        using var json = JsonDocument.Parse(await lead.GetStringAsync($"/api/v1/areas/{Area}/assessments/{id}/analysis"));
        var analysis = json.RootElement.GetProperty("analysis");
        Assert.Equal(4.00m, analysis.GetProperty("overall").GetDecimal());
        Assert.Equal(64, analysis.GetProperty("scores").GetInt32());
        Assert.Equal(1, analysis.GetProperty("respondents").GetInt32());
        Assert.Equal([0, 0, 0, 1, 0], analysis.GetProperty("cells")[0].GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()));
        var page = await lead.GetStringAsync($"{cyclePath}/analysis");
        Assert.Contains("We share a vision in Northbridge", page);
        var show = await lead.GetStringAsync(cyclePath);
        Assert.Contains("<td class=\"govuk-table__cell\">Northbridge</td>", show);
    }

    [Fact]
    public async Task A_page_with_statements_left_out_is_refused_but_can_be_saved_for_later_and_found_again_with_the_code()
    {
        var (_, _, openLink) = await OpenCycleAsync("Save and return cycle");
        var respondent = factory.CreateClient();
        var responsePath = await StartAsync(respondent, openLink, "leaders", "none");
        var token = await Browser.TokenFromAsync(respondent, $"{responsePath}/arc/1");

        var incomplete = await respondent.PostAsync($"{responsePath}/arc/1", new FormUrlEncodedContent(
            [new("a1s1", "5"), new("a1s2", "9"), new("next", "continue"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        var html = WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync());
        Assert.Contains("There is a problem", html);
        Assert.Contains("'9' is not one of the answers", html);
        Assert.Contains("Select a score from 1 to 5 for 'We have developed", html);
        Assert.Contains("href=\"#a1s3\"", html);

        var later = await respondent.PostAsync($"{responsePath}/arc/1", new FormUrlEncodedContent(
            [new("a1s1", "5"), new("a1s3", "dk"), new("next", "later"), new("__RequestVerificationToken", token)]));
        Assert.Equal($"{responsePath}?saved=true", later.Headers.Location!.OriginalString);
        var overview = await respondent.GetStringAsync(later.Headers.Location!.OriginalString);
        var code = System.Text.RegularExpressions.Regex.Match(overview, "id=\"resume-code\">([A-Z2-9]{4}-[A-Z2-9]{4})<").Groups[1].Value;
        Assert.NotEmpty(code);
        Assert.Contains("2 of 8 answered", overview);

        // On another device, the code finds the same answers.
        var phone = factory.CreateClient();
        var resumed = await Browser.SubmitAsync(phone, "/respond", ("Code", code.ToLowerInvariant().Replace("-", " ")));
        Assert.Equal(responsePath, resumed.Headers.Location!.OriginalString);
        var arc1 = await phone.GetStringAsync($"{responsePath}/arc/1");
        Assert.Contains("id=\"a1s1-5\" name=\"a1s1\" type=\"radio\" value=\"5\" checked=\"checked\"", arc1);

        var wrong = await Browser.SubmitAsync(phone, "/respond", ("Code", "ZZZZ-ZZZZ"));
        Assert.Contains("We cannot find that code", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/respond/abcdefghijklmnopqrstuvwxyz")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_code_answers_once_and_two_people_racing_with_one_code_start_one_response()
    {
        var (lead, cyclePath, _) = await OpenCycleAsync("Invitation cycle");
        var made = await Browser.SubmitAsync(lead, $"{cyclePath}?handler=Codes", [new("CodeCount", "3"), new("CodeGroup", "leaders"), new("CodeLocality", "Eastwick")], cyclePath);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var csv = await lead.GetStringAsync($"{cyclePath}?handler=Codes");
        var rows = csv.Trim().Split('\n').Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(("Leaders and managers", "Eastwick", "No"), (r[1], r[2], r[4].Trim())));

        // The group and locality come with the code: the first page is the first arc.
        var respondent = factory.CreateClient();
        var started = await Browser.SubmitAsync(respondent, "/respond", ("Code", rows[0][0]));
        var responsePath = started.Headers.Location!.OriginalString;
        var sent = await AnswerAndSendAsync(respondent, responsePath, "2");
        Assert.EndsWith("/sent", sent.Headers.Location!.OriginalString);

        var reused = await Browser.SubmitAsync(factory.CreateClient(), "/respond", ("Code", rows[0][0]));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("This code has already been used", await reused.Content.ReadAsStringAsync());

        // Two people use the second code at the same moment: one response is started, and both reach it.
        var first = factory.CreateClient();
        var second = factory.CreateClient();
        var tokens = await Task.WhenAll(Browser.TokenFromAsync(first, "/respond"), Browser.TokenFromAsync(second, "/respond"));
        var raced = await Task.WhenAll(
            first.PostAsync("/respond", new FormUrlEncodedContent([new("Code", rows[1][0]), new("__RequestVerificationToken", tokens[0])])),
            second.PostAsync("/respond", new FormUrlEncodedContent([new("Code", rows[1][0]), new("__RequestVerificationToken", tokens[1])])));
        Assert.Equal(raced[0].Headers.Location, raced[1].Headers.Location);
        var id = int.Parse(cyclePath.Split('/')[^1]);
        Assert.Equal(2, await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().QuestionnaireResponses.CountAsync(r => r.OwnerId == id)));
        Assert.Contains("2 used", await lead.GetStringAsync(cyclePath));
    }

    [Fact]
    public async Task A_cycle_that_records_names_asks_for_one_and_shows_it_with_the_comments()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var created = await Browser.SubmitAsync(lead, $"/areas/{Area}/assessments/new",
            ("Input.Name", "Named cycle"), ("Input.PeriodStart.Day", "1"), ("Input.PeriodStart.Month", "1"), ("Input.PeriodStart.Year", "2026"),
            ("Input.PeriodEnd.Day", "30"), ("Input.PeriodEnd.Month", "6"), ("Input.PeriodEnd.Year", "2026"),
            ("Input.Groups", "leaders"), ("Input.Anonymous", "no"), ("Input.Threshold", "3.00"));
        var cyclePath = created.Headers.Location!.OriginalString;
        await Browser.SubmitAsync(lead, $"{cyclePath}?handler=Status&to=open", [], cyclePath);
        var openLink = System.Text.RegularExpressions.Regex.Match(await lead.GetStringAsync(cyclePath), "/respond/open/[a-z2-7]{26}").Value;

        var respondent = factory.CreateClient();
        var nameless = await Browser.SubmitAsync(respondent, openLink, ("About.Locality", "none"));
        Assert.Equal(HttpStatusCode.OK, nameless.StatusCode);
        Assert.Contains("Enter your name: this self-assessment records who answered", await nameless.Content.ReadAsStringAsync());

        var started = await Browser.SubmitAsync(respondent, openLink, ("About.Name", "Sam Patel"), ("About.Locality", "none"));
        var responsePath = started.Headers.Location!.OriginalString[..^"/arc/1".Length];
        await AnswerAndSendAsync(respondent, responsePath, "3", "Named comment");
        Assert.Contains("Named comment <span class=\"govuk-hint govuk-!-display-inline\">(Sam Patel, Leaders and managers)", await lead.GetStringAsync($"{cyclePath}/analysis"));

        // A code in a named cycle asks for the name before the first arc.
        await Browser.SubmitAsync(lead, $"{cyclePath}?handler=Codes", [new("CodeCount", "1")], cyclePath);
        var code = (await lead.GetStringAsync($"{cyclePath}?handler=Codes")).Split('\n')[1].Split(',')[0];
        var coded = factory.CreateClient();
        var entered = await Browser.SubmitAsync(coded, "/respond", ("Code", code));
        var about = await coded.GetAsync(entered.Headers.Location!.OriginalString + "/arc/1");
        Assert.EndsWith("/about", about.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_closed_cycle_takes_no_answers_from_its_link_or_from_a_response_already_started()
    {
        var (lead, cyclePath, openLink) = await OpenCycleAsync("Closing cycle");
        var respondent = factory.CreateClient();
        var responsePath = await StartAsync(respondent, openLink);
        var closed = await Browser.SubmitAsync(lead, $"{cyclePath}?handler=Status&to=closed", [], cyclePath);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        Assert.Equal("/respond/closed", (await respondent.GetAsync(openLink)).Headers.Location!.OriginalString);
        Assert.Equal("/respond/closed", (await respondent.GetAsync($"{responsePath}/arc/1")).Headers.Location!.OriginalString);
        Assert.Equal(0, await SentAsync(cyclePath));
    }

    [Fact]
    public async Task Respondents_and_other_areas_cannot_manage_a_cycle_and_a_lead_of_another_area_cannot_see_its_counts()
    {
        var (_, cyclePath, _) = await OpenCycleAsync("Access cycle");
        var practitioner = await Browser.SignedInClientAsync(factory, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync(cyclePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync($"{cyclePath}?handler=Codes")).StatusCode);
        var other = await Browser.SignedInClientAsync(factory, DemoAppFactory.OtherLeadEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{cyclePath}/actions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{cyclePath}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/assessments/statements/{Area}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/assessments/statements/national")).StatusCode);
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{cyclePath}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"{cyclePath}?handler=Codes")).StatusCode); // sees, does not run
    }
}
