using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Partners;

/// <summary>
/// Surveys through the web: the lead builds from the template and opens it; each organisation's personal link takes one
/// set of answers and follows the routing; reminders reach only those who have not answered, once a day; the open link
/// starts a new response per person; and nobody outside the area's leads reaches a survey or its answers.
/// </summary>
public sealed partial class SurveyTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [GeneratedRegex(@"/survey/([a-z2-7]{26})")]
    private static partial Regex SurveyLink();

    private static string Html(HttpResponseMessage response) => WebUtility.HtmlDecode(response.Content.ReadAsStringAsync().Result);

    /// <summary>Posts a form and follows the redirect after it, as a browser does: the page shown next.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string formUrl)
    {
        var response = await Browser.SubmitAsync(client, url, fields, formUrl);
        return response.StatusCode == HttpStatusCode.Redirect ? await client.GetAsync(response.Headers.Location) : response;
    }

    private async Task<(HttpClient Lead, int Id)> OpenSurveyAsync(string name)
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var made = await PostAsync(lead, "/surveys", [new("Start", "template"), new("Name", name), new("Title", "")], "/surveys");
                var id = await app.WithScopeAsync(s => Db(s).Surveys.Where(x => x.Name == name).Select(x => x.Id).SingleAsync());
        Assert.Contains("Survey 'pvi", Html(made));
        var opened = await PostAsync(lead, $"/surveys/{id}?handler=Status", [new("status", "open")], $"/surveys/{id}");
        Assert.Contains("The survey is open for answers", Html(opened));
        return (lead, id);
    }

    [Fact]
    public async Task Each_organisations_link_takes_one_set_of_answers_following_the_routing_and_reminders_reach_only_the_rest()
    {
        var (lead, id) = await OpenSurveyAsync("pvi-links");
        var sent = await PostAsync(lead, $"/surveys/{id}?handler=Invite", [], $"/surveys/{id}");
        var contacts = await app.WithScopeAsync(s => Db(s).Organisations.CountAsync(o => o.AreaId == app.DemoAreaId && o.ContactEmail != null));
        Assert.Contains($"Sent to {contacts} organisations, each with its own link.", Html(sent));
        var nurseryMail = app.Mails().Single(m => m.Contains("hello@little-acorns.example.org") && m.Contains("Survey on engagement"));
        var link = SurveyLink().Match(nurseryMail.Replace("=\r\n", "")).Value;
        // Sending again sends nobody twice.
        var again = await PostAsync(lead, $"/surveys/{id}?handler=Invite", [], $"/surveys/{id}");
        Assert.Contains("Every organisation chosen with a contact email has already been sent this survey", Html(again));

        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains("For Little Acorns", Html(await anonymous.GetAsync(link)));
        // Part 1 needs its required answers, each named.
        var missing = await Browser.SubmitAsync(anonymous, $"{link}/1", [new("q4a", "lots")], $"{link}/1");
        var missingHtml = Html(missing);
        Assert.Contains("Select at least one answer to 'Which ages of children and young people do you support?'", missingHtml);
        Assert.Contains("'How many full-time paid staff do you have?' must be a whole number, like 12", missingHtml);
        var part1 = await Browser.SubmitAsync(anonymous, $"{link}/1", [new("q1", "0-4"), new("q2", "early-years"), new("q3", "multiple"), new("q4a", "6")], $"{link}/1");
        Assert.Equal($"{link}/2", part1.Headers.Location!.OriginalString);
        // Routing: no partnerships, so the partners question is not kept even if typed.
        await Browser.SubmitAsync(anonymous, $"{link}/2", [new("q5", "no"), new("q6", "Should not be kept"), new("q7", "More networking")], $"{link}/2");
        await Browser.SubmitAsync(anonymous, $"{link}/3", [new("q8", "yes"), new("q9", "Word of mouth")], $"{link}/3");
        await Browser.SubmitAsync(anonymous, $"{link}/4", [new("q11", "yes"), new("q12a", "£1,200"), new("q14", "no")], $"{link}/4");
        var check = Html(await anonymous.GetAsync($"{link}/check"));
        Assert.DoesNotContain("Should not be kept", check);
        Assert.Contains("£1200", check);
        var sentAnswers = await Browser.SubmitAsync(anonymous, $"{link}/check", [], $"{link}/check");
        Assert.Equal(link, sentAnswers.Headers.Location!.OriginalString);
        Assert.Contains("Your answers have been sent", Html(await anonymous.GetAsync(link)));
        // Once sent, the link takes nothing more.
        var late = await anonymous.PostAsync($"{link}/2", new FormUrlEncodedContent([new("q5", "yes"), new("__RequestVerificationToken", "x")]));
        Assert.NotEqual(HttpStatusCode.OK, late.StatusCode);
        var stored = await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking()
            .SingleAsync(r => r.Kind == Survey.ResponseKind && r.OwnerId == id && r.OrganisationId == app.NurseryId));
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(stored.AnswersJson)!;
        Assert.Equal(QuestionnaireResponse.Submitted, stored.Status);
        Assert.Equal(("no", false, "1200"), (answers["q5"], answers.ContainsKey("q6"), answers["q12a"]));
        Assert.Contains("early-years", stored.Categories);

        // Reminders go to everyone else, once a day; the tracking shows who has answered.
        var reminded = await PostAsync(lead, $"/surveys/{id}?handler=Remind", [], $"/surveys/{id}");
        Assert.Contains($"Reminded {contacts - 1} organisations.", Html(reminded));
        Assert.DoesNotContain(app.Mails(), m => m.Contains("Reminder: Survey on engagement") && m.Contains("hello@little-acorns.example.org"));
        var twice = await PostAsync(lead, $"/surveys/{id}?handler=Remind", [], $"/surveys/{id}");
        Assert.Contains("Nobody to remind", Html(twice));
        var tracking = Html(await lead.GetAsync($"/surveys/{id}"));
        Assert.Contains($"1 answers: 1 of {contacts} organisations sent a link", tracking);

        // The analysis counts the one answer with its bases.
        var analysis = Html(await lead.GetAsync($"/surveys/{id}/analysis"));
        Assert.Contains("1 organisations have sent answers", analysis);
        Assert.Contains("Answered by 1 of 1 respondents, of the 1 it was asked of.", analysis);
    }

    [Fact]
    public async Task The_open_link_starts_a_new_response_for_each_person_and_asks_their_kind_of_organisation()
    {
        var (lead, id) = await OpenSurveyAsync("pvi-open");
        await PostAsync(lead, $"/surveys/{id}?handler=OpenLink", [new("on", "true")], $"/surveys/{id}");
        var openToken = await app.WithScopeAsync(s => Db(s).Surveys.Where(x => x.Id == id).Select(x => x.OpenToken).SingleAsync());
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        // Opening the link starts nothing: a link checker cannot make responses.
        Assert.Contains("Start now", Html(await anonymous.GetAsync($"/survey/open/{openToken}")));
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.CountAsync(r => r.Kind == Survey.ResponseKind && r.OwnerId == id)));
        var first = await Browser.SubmitAsync(anonymous, $"/survey/open/{openToken}", [], $"/survey/open/{openToken}");
        var second = await Browser.SubmitAsync(anonymous, $"/survey/open/{openToken}", [], $"/survey/open/{openToken}");
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        var start = first.Headers.Location!.OriginalString;
        Assert.Contains("Which of these describe your organisation?", Html(await anonymous.GetAsync(start)));
        var link = start[..^2];
        await Browser.SubmitAsync(anonymous, start, [new("about-categories", "faith"), new("about-categories", "youth")], start);
        await Browser.SubmitAsync(anonymous, $"{link}/2", [new("q1", "12-19"), new("q2", "youth"), new("q3", "multiple")], $"{link}/2");
        await Browser.SubmitAsync(anonymous, $"{link}/3", [new("q5", "yes")], $"{link}/3");
        await Browser.SubmitAsync(anonymous, $"{link}/4", [new("q8", "no")], $"{link}/4");
        await Browser.SubmitAsync(anonymous, $"{link}/5", [new("q11", "no"), new("q14", "yes")], $"{link}/5");
        await Browser.SubmitAsync(anonymous, $"{link}/check", [], $"{link}/check");
        var response = await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking()
            .SingleAsync(r => r.Kind == Survey.ResponseKind && r.OwnerId == id && r.Status == QuestionnaireResponse.Submitted));
        Assert.Equal("faith;youth", response.Categories);
        Assert.DoesNotContain("about-categories", response.AnswersJson);
        var byCategory = Html(await lead.GetAsync($"/surveys/{id}/analysis?Category=faith"));
        Assert.Contains("Faith groups: 1 respondents", byCategory);

        // Turning the link off (or closing the survey) stops new answers.
        await PostAsync(lead, $"/surveys/{id}?handler=OpenLink", [new("on", "false")], $"/surveys/{id}");
        Assert.Contains("This survey is not taking answers", Html(await anonymous.GetAsync($"/survey/open/{openToken}")));
        await PostAsync(lead, $"/surveys/{id}?handler=Status", [new("status", "closed")], $"/surveys/{id}");
        var unfinished = second.Headers.Location!.OriginalString[..^2];
        Assert.Contains("This survey has closed", Html(await anonymous.GetAsync(unfinished)));
    }

    [Fact]
    public async Task The_builder_adds_a_routed_question_names_each_problem_and_fixes_the_questions_once_open()
    {
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var clash = await PostAsync(lead, "/surveys", [new("Start", "blank"), new("Name", "Bad Name!"), new("Title", "")], "/surveys");
        var clashHtml = Html(clash);
        Assert.Contains("The short name must be up to 60 lower case letters, digits and hyphens, like pvi-2027", clashHtml);
        Assert.Contains("Enter the survey's title, as people answering it will see it", clashHtml);
        await PostAsync(lead, "/surveys", [new("Start", "blank"), new("Name", "events-2027"), new("Title", "Workshops you want")], "/surveys");
        var id = await app.WithScopeAsync(s => Db(s).Surveys.Where(x => x.Name == "events-2027").Select(x => x.Id).SingleAsync());
        var edit = $"/surveys/{id}/questions/edit";
        var bad = Html(await PostAsync(lead, edit, [new("Section", "questions"), new("Text", "Come?"), new("Type", "single-choice"), new("Options", "Yes")], edit));
        Assert.Contains("Enter at least 2 answers to choose from, one on each line", bad);
        await PostAsync(lead, edit, [new("Section", "questions"), new("Text", "Would you come to a half-day workshop?"), new("Type", "single-choice"),
            new("Options", "Yes\nNo"), new("Required", "yes")], edit);
        await PostAsync(lead, edit, [new("Section", "questions"), new("Text", "Which topics?"), new("Type", "text"), new("ShowWhen", "q1=yes")], edit);
        var survey = await app.WithScopeAsync(s => Db(s).Surveys.AsNoTracking().SingleAsync(x => x.Id == id));
        var q2 = survey.Questionnaire().Question("q2")!;
        Assert.Equal(("q1", "yes"), (q2.ShowWhen!.QuestionKey, q2.ShowWhen.Values[0]));
        var removing = Html(await PostAsync(lead, $"/surveys/{id}/questions?handler=Remove", [new("key", "q1")], $"/surveys/{id}/questions"));
        Assert.Contains("'Which topics?' is asked depending on the answer to this question. Change or remove that question first", removing);

        await PostAsync(lead, $"/surveys/{id}?handler=Status", [new("status", "open")], $"/surveys/{id}");
        var fixedNow = await PostAsync(lead, $"/surveys/{id}/questions?handler=Remove", [new("key", "q2")], $"/surveys/{id}/questions");
        Assert.Contains("The questions cannot change once the survey has opened", Html(fixedNow));
        Assert.NotNull((await app.WithScopeAsync(s => Db(s).Surveys.AsNoTracking().SingleAsync(x => x.Id == id))).Questionnaire().Question("q2"));
        Assert.True(await app.WithScopeAsync(s => Db(s).AuditEntries.AnyAsync(e => e.Action == "survey-open" && e.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Only_the_areas_leads_reach_a_survey_its_answers_and_its_analysis()
    {
        var (_, id) = await OpenSurveyAsync("pvi-private");
        foreach (var path in new[] { $"/surveys/{id}", $"/surveys/{id}/analysis", $"/surveys/{id}/categories", $"/surveys/{id}/questions", $"/surveys/{id}/themes/q7",
                     $"/surveys/{id}/bands/q12a", $"/surveys/{id}/analysis?Format=csv" })
        {
            var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
            Assert.Equal(HttpStatusCode.NotFound, (await otherLead.GetAsync(path)).StatusCode);
            var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
            Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(path)).StatusCode);
            var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        }
        var admin = await Browser.SignedInClientAsync(app, "admin@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/surveys")).StatusCode);
        // The other area's lead cannot change it either.
        var other = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        var token = await Browser.TokenFromAsync(other, "/surveys");
        var post = await other.PostAsync($"/surveys/{id}?handler=Status", new FormUrlEncodedContent([new("status", "closed"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(Survey.Open, await app.WithScopeAsync(s => Db(s).Surveys.Where(x => x.Id == id).Select(x => x.Status).SingleAsync()));
        // A made-up answering link finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/survey/abcdefghijklmnopqrstuvwxyz")).StatusCode);
    }

    [Fact]
    public async Task Answers_uploaded_from_a_spreadsheet_are_sorted_into_themes_and_counted_in_the_lead_s_bands()
    {
        var (lead, id) = await OpenSurveyAsync("pvi-themes");
        async Task<string> UploadAsync(string name, string csv)
        {
            var token = await Browser.TokenFromAsync(lead, $"/surveys/{id}");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "responsesFile", name },
            };
            var response = await lead.PostAsync($"/surveys/{id}?handler=Import", form);
            return Html(response.StatusCode == HttpStatusCode.Redirect ? await lead.GetAsync(response.Headers.Location) : response);
        }
        var refused = await UploadAsync("returns.csv", "Organisation reference,Q7\r\nEY100001,Networking\r\neY100001,More networking\r\n");
        Assert.Contains("The responses were not added: nothing was saved", refused);
        Assert.Contains("This organisation already answers on row 2: each organisation answers once. Remove one of the rows", refused);
        var added = await UploadAsync("returns.csv",
            "Organisation reference,Categories,Q7,Q12B\r\nEY100001,,A networking forum,45000\r\n,faith,\"=HYPERLINK(\"\"http://x\"\")\",250000\r\n,youth,A shared directory of groups,70000\r\n");
        Assert.Contains("3 responses added from returns.csv.", added);

        // Themes: one added with a colour, answers ticked, counts on the analysis.
        var themes = $"/surveys/{id}/themes/q7";
        var noColour = Html(await PostAsync(lead, $"{themes}?handler=Add", [new("ThemeName", "Events")], themes));
        Assert.Contains("Choose a colour for the theme", noColour);
        Assert.Contains("Themes added", Html(await PostAsync(lead, $"{themes}?handler=Add", [new("ThemeName", "Themes added"), new("ThemeColour", "#d53880")], themes)));
        var responses = await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking().Where(r => r.Kind == Survey.ResponseKind && r.OwnerId == id)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        await PostAsync(lead, $"{themes}?handler=Tag", [new($"answer-{responses[0]}", "networking"), new($"answer-{responses[2]}", "directory"),
            new($"answer-{responses[2]}", "networking"), new($"answer-{responses[1]}", "not-a-theme")], themes);
        var analysis = Html(await lead.GetAsync($"/surveys/{id}/analysis"));
        Assert.Matches(@"Networking</th>\s*<td[^>]*>2</td>\s*<td[^>]*>67%</td>", analysis);
        Assert.Matches(@"No theme yet</th>\s*<td[^>]*>1</td>", analysis);
        // Bands: refused with the line, then counted; the spreadsheet's formula comes out neutralised.
        var bands = $"/surveys/{id}/bands/q12b";
        Assert.Contains("Line 1 (&#x27;lots&#x27;) is not a band", await (await Browser.SubmitAsync(lead, bands, [new("Bands", "lots")], bands)).Content.ReadAsStringAsync());
        await PostAsync(lead, bands, [new("Bands", "-99999\n100000-")], bands);
        var banded = Html(await lead.GetAsync($"/surveys/{id}/analysis"));
        Assert.Matches(@"99,999 or less</th>\s*<td[^>]*>2</td>", banded);
        Assert.Matches(@"100,000 or more</th>\s*<td[^>]*>1</td>", banded);
        var csv = await lead.GetStringAsync($"/surveys/{id}/analysis?Format=csv");
        Assert.True(csv.Contains("All respondents,Q12B,What is your organisation's annual expenditure?,Median,,3,,3,3,,\"£70,000\""), csv.Split("\n").FirstOrDefault(l => l.Contains("Q12B") && l.Contains("Median")));
        var json = await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking().Where(r => r.Id == responses[1]).Select(r => r.AnswersJson).SingleAsync());
        Assert.Contains("=HYPERLINK", JsonSerializer.Deserialize<Dictionary<string, string>>(json)!["q7"]);
    }
}
