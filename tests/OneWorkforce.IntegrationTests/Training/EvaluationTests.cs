using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// Evaluation of training end to end: marking attendance sends each person who came an anonymous feedback form (once);
/// the form names each missing answer and is sent once; figures show only from 5 responses; the impact follow-up goes
/// 6 weeks later through the reminders; who may read which course's evaluation.
/// </summary>
public sealed partial class EvaluationTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [GeneratedRegex(@"training/feedback/([A-Za-z0-9_-]+)")]
    private static partial Regex FeedbackLink();

    private static List<KeyValuePair<string, string>> Answers(string overall, string aims, string trainer, string confidence, string[] barriers, string? comments = null) =>
    [
        new("overall", overall), new("aims", aims), new("trainer", trainer), new("confidence", confidence), new("arrangements", "4"),
        .. barriers.Select(b => new KeyValuePair<string, string>("barriers", b)),
        new("change", "Ask more open questions"), new("comments", comments ?? ""),
    ];

    [Fact]
    public async Task People_who_came_give_anonymous_feedback_once_and_the_figures_show_from_five_responses()
    {
        var (courseId, sessionId) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, 10, "Evaluated course"));
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "EV", 7));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        foreach (var worker in workers)
        {
            await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", worker.StaffReference), ("Email", $"{worker.StaffReference}@example.org"));
        }
        await app.WithScopeAsync(s => TrainingData.StartSessionAsync(s, sessionId));
        var bookings = await app.WithScopeAsync(s => Db(s).Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).OrderBy(b => b.Id).ToListAsync());
        var provider = await Browser.SignedInClientAsync(app, "provider@demo.example.org");
        var register = $"/training/sessions/{sessionId}/register";
        var marked = await Browser.SubmitAsync(provider, register, bookings.Take(6).Select(b => new KeyValuePair<string, string>("Attended", b.Id.ToString())), register);
        Assert.Contains("6 people were sent the feedback form", WebUtility.HtmlDecode(await marked.Content.ReadAsStringAsync()));
        var again = await Browser.SubmitAsync(provider, register, bookings.Take(6).Select(b => new KeyValuePair<string, string>("Attended", b.Id.ToString())), register);
        Assert.Contains("0 people were sent the feedback form", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var mails = app.Mails().Where(m => m.Contains("How was Evaluated course?")).ToList();
        Assert.Equal(6, mails.Count);
        Assert.DoesNotContain(mails, m => m.Contains("EV-007")); // did not attend
        var tokens = mails.Select(m => FeedbackLink().Match(m.Replace("=\r\n", "").Replace("=\n", "")).Groups[1].Value).ToList();
        Assert.Equal(6, tokens.Distinct().Count());
        // The answers cannot be traced back: no response names a booking.
        Assert.All(await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking().Where(r => r.Kind == TrainingEvaluation.FeedbackKind && r.OwnerId == sessionId).ToListAsync()),
            r => Assert.Null(r.InvitationId));

        // Without an account; every missing answer named; nothing saved.
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/training/feedback/not-a-real-token")).StatusCode);
        var form = $"/training/feedback/{tokens[0]}";
        Assert.Contains("Evaluated course", await anonymous.GetStringAsync(form));
        var empty = await Browser.SubmitAsync(anonymous, form, [new("comments", new string('c', 1001))], form);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Select an answer to 'Overall, how good was the course?'", emptyHtml);
        Assert.Contains("Select at least one answer to 'Did anything make it hard to get to this training?'", emptyHtml);
        Assert.Contains("1000 characters or fewer", emptyHtml.Replace(",", ""));
        var bad = await Browser.SubmitAsync(anonymous, form, Answers("9", "yes", "5", "4", ["cost"]), form);
        Assert.Contains("Overall, how good was the course?", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.CountAsync(r => r.OwnerId == sessionId && r.Status == QuestionnaireResponse.Submitted)));

        var answers = new[]
        {
            Answers("4", "yes", "5", "4", ["cost"], "Great trainer"),
            Answers("5", "yes", "4", "5", ["cost", "distance"]),
            Answers("3", "partly", "3", "3", ["none"]),
            Answers("4", "no", "4", "3", ["timing"]),
            Answers("5", "yes", "5", "4", ["cover"]),
        };
        for (var i = 0; i < 4; i++)
        {
            var sent = await Browser.SubmitAsync(anonymous, $"/training/feedback/{tokens[i]}", answers[i], $"/training/feedback/{tokens[i]}");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        Assert.Contains("Thank you", await anonymous.GetStringAsync(form));
        var report = $"/training/evaluation?Course={courseId}";
        var four = WebUtility.HtmlDecode(await provider.GetStringAsync(report));
        Assert.Contains("Hidden*", four);
        Assert.DoesNotContain("Great trainer", four);
        Assert.Contains("Comments show once at least 5 people have given feedback", four);

        await Browser.SubmitAsync(anonymous, $"/training/feedback/{tokens[4]}", answers[4], $"/training/feedback/{tokens[4]}");
        var five = WebUtility.HtmlDecode(await provider.GetStringAsync(report));
        Assert.Contains("4.2", five); // (4 + 5 + 3 + 4 + 5) / 5
        Assert.Contains("60%", five); // 3 of 5 said it did what it said
        Assert.Contains("Great trainer", five);
        Assert.Contains("Ask more open questions", five);
        Assert.Contains("Fewer than 5", five); // 2 named cost: a small number, not shown as such

        // A form is sent once.
        var twice = await Browser.SubmitAsync(anonymous, form, answers[0], $"/training/feedback/{tokens[5]}");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("These answers have already been sent", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
        Assert.Equal(5, await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.CountAsync(r => r.OwnerId == sessionId && r.Status == QuestionnaireResponse.Submitted)));

        // The download has the same figures, and a title that looks like a formula is neutralised.
        var csv = await (await provider.GetAsync($"{report}&Format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Evaluated course,", csv);
        Assert.Contains(",4.2,0.6,", csv);
        var xlsx = await provider.GetAsync($"{report}&Format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_impact_follow_up_goes_once_six_weeks_after_the_course()
    {
        var (_, sessionId) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, 5, "Followed up"));
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "IMP", 2));
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        foreach (var worker in workers)
        {
            await Browser.SubmitAsync(manager, $"/training/sessions/{sessionId}/book", ("For", "staff"), ("Staff", worker.StaffReference), ("Name", worker.StaffReference), ("Email", $"{worker.StaffReference}@example.org"));
        }
        await app.WithScopeAsync(s => TrainingData.StartSessionAsync(s, sessionId));
        var bookings = await app.WithScopeAsync(s => Db(s).Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).ToListAsync());
        var provider = await Browser.SignedInClientAsync(app, "provider@demo.example.org");
        var register = $"/training/sessions/{sessionId}/register";
        await Browser.SubmitAsync(provider, register, bookings.Select(b => new KeyValuePair<string, string>("Attended", b.Id.ToString())), register);

        async Task<int> RemindAsync() => (await app.WithScopeAsync(s => s.GetRequiredService<TrainingReminders>().SendAsync())).ImpactFollowUps;
        Assert.Equal(0, await RemindAsync()); // too soon
        await app.WithScopeAsync(async s =>
        {
            var session = await Db(s).CourseSessions.SingleAsync(x => x.Id == sessionId);
            session.StartsAt = DateTime.UtcNow.AddDays(-43);
            session.EndsAt = session.StartsAt.AddHours(3);
            await Db(s).SaveChangesAsync();
        });
        Assert.Equal(2, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var mail = app.Mails().Single(m => m.Contains("Has Followed up helped in your work?") && m.Contains("IMP-001"));
        var token = FeedbackLink().Match(mail.Replace("=\r\n", "").Replace("=\n", "")).Groups[1].Value;

        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = $"/training/feedback/{token}";
        Assert.Contains("Have you used what you learnt in your work?", await anonymous.GetStringAsync(form));
        var sent = await Browser.SubmitAsync(anonymous, form,
            [new("used", "sometimes"), new("confidence", "4"), new("difference", "yes"), new("example", "A parent now talks to us about worries"), new("barriers", "cover")], form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var saved = await app.WithScopeAsync(s => Db(s).QuestionnaireResponses.AsNoTracking().SingleAsync(r => r.Token == token));
        Assert.Equal((TrainingEvaluation.ImpactKind, QuestionnaireResponse.Submitted), (saved.Kind, saved.Status));
        Assert.Contains("A parent now talks to us about worries", saved.AnswersJson);
    }

    [Fact]
    public async Task A_course_evaluation_is_read_by_its_provider_its_area_lead_and_the_administrator_only()
    {
        var (courseId, _) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, 5, "Who reads it"));
        var report = $"/training/evaluation?Course={courseId}";
        foreach (var email in new[] { "provider@demo.example.org", "lead@demo.example.org", "admin@demo.example.org" })
        {
            var client = await Browser.SignedInClientAsync(app, email);
            Assert.True((await client.GetAsync(report)).StatusCode == HttpStatusCode.OK, email);
        }
        foreach (var email in new[] { DemoAppFactory.OtherLeadEmail, DemoAppFactory.OtherManagerEmail, "manager@demo.example.org", "practitioner@demo.example.org" })
        {
            var client = await Browser.SignedInClientAsync(app, email);
            Assert.True((await client.GetAsync(report)).StatusCode == HttpStatusCode.Forbidden, email);
        }
        var practitioner = await Browser.SignedInClientAsync(app, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync("/training/evaluation")).StatusCode);
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var area = WebUtility.HtmlDecode(await lead.GetStringAsync("/training/evaluation"));
        Assert.Contains("Providers", area);
        Assert.Contains("Who reads it", area);
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        Assert.DoesNotContain("Who reads it", await otherLead.GetStringAsync("/training/evaluation"));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/training/evaluation?Course=999999")).StatusCode);
    }
}
