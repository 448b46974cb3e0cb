using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Mail;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.Data.Training;

/// <summary>A feedback or impact form someone has been sent, with the course it is about.</summary>
public sealed record EvaluationForm(QuestionnaireResponse Response, string CourseTitle, string ProviderName, DateTime StartsAt, DateTime EndsAt)
{
    public Questionnaire Questionnaire => TrainingEvaluation.For(Response.Kind);

    public IReadOnlyDictionary<string, string> Answers =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Response.AnswersJson) ?? [];
}

/// <summary>One provider's courses taken together: every answer to any of them, summarised once.</summary>
public sealed record ProviderEvaluation(int ProviderOrganisationId, string ProviderName, int Courses, int Attended, EvaluationSummary Summary);

/// <summary>The evaluations of a set of courses: each course, each provider, and the whole together.</summary>
public sealed record EvaluationReport(IReadOnlyList<CourseEvaluation> Courses, IReadOnlyList<ProviderEvaluation> Providers, EvaluationSummary Overall);

/// <summary>One course's evaluation, for the reports.</summary>
public sealed record CourseEvaluation(int CourseId, string Title, int ProviderOrganisationId, string ProviderName, int Attended, EvaluationSummary Summary,
    IReadOnlyList<string> Changes, IReadOnlyList<string> Comments, IReadOnlyList<string> Differences);

/// <summary>
/// Evaluation of training. When a provider marks attendance, each person who came (and gave an email address) is sent an
/// anonymous feedback form; <see cref="TrainingEvaluation.ImpactAfterWeeks"/> weeks later, the reminders run sends an
/// impact follow-up. Each is claimed by a conditional update first, so it goes once whatever runs it. The answers hold no
/// link back to the booking: reports are by course, provider and area, with small numbers hidden.
/// </summary>
public sealed class TrainingEvaluations(OneWorkforceDbContext db, IMailSender mail, IOptions<SiteSettings> site, TimeProvider clock)
{
    /// <summary>Sends the feedback form to everyone marked as attending this session who has not had it yet; the number sent.</summary>
    public async Task<int> RequestFeedbackAsync(int sessionId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Bookings.AsNoTracking()
            .Where(b => b.SessionId == sessionId && b.Status == Status.Attended && b.FeedbackRequestedAt == null && b.AttendeeEmail != null)
            .Select(b => b.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            sent += await RequestAsync(id, TrainingEvaluation.FeedbackKind, cancellationToken) ? 1 : 0;
        }
        return sent;
    }

    /// <summary>Sends the impact follow-up to those who attended a session that started 6 to 16 weeks ago; the number sent.</summary>
    public async Task<int> RequestImpactAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = now.AddDays(-7 * TrainingEvaluation.ImpactAfterWeeks);
        var earliest = now.AddDays(-7 * TrainingEvaluation.ImpactNoLaterThanWeeks);
        var ids = await db.Bookings.AsNoTracking()
            .Where(b => b.Status == Status.Attended && b.ImpactRequestedAt == null && b.AttendeeEmail != null
                && b.Session!.StartsAt <= latest && b.Session.StartsAt > earliest)
            .Select(b => b.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            sent += await RequestAsync(id, TrainingEvaluation.ImpactKind, cancellationToken) ? 1 : 0;
        }
        return sent;
    }

    private async Task<bool> RequestAsync(long bookingId, string kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = kind == TrainingEvaluation.ImpactKind
            ? await db.Bookings.Where(b => b.Id == bookingId && b.ImpactRequestedAt == null).ExecuteUpdateAsync(u => u.SetProperty(b => b.ImpactRequestedAt, now), cancellationToken)
            : await db.Bookings.Where(b => b.Id == bookingId && b.FeedbackRequestedAt == null).ExecuteUpdateAsync(u => u.SetProperty(b => b.FeedbackRequestedAt, now), cancellationToken);
        if (claimed != 1)
        {
            return false;
        }
        var about = await (from b in db.Bookings.AsNoTracking()
                           join s in db.CourseSessions on b.SessionId equals s.Id
                           join c in db.Courses on s.CourseId equals c.Id
                           where b.Id == bookingId
                           select new { b.AttendeeEmail, b.AttendeeName, s.Id, s.StartsAt, s.EndsAt, c.Title }).SingleAsync(cancellationToken);
        var response = new QuestionnaireResponse
        {
            Kind = kind, OwnerId = about.Id, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Started,
            Channel = "online", StartedAt = now, UpdatedAt = now, AnswersJson = "{}",
        };
        db.QuestionnaireResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        var link = new Uri(new Uri(site.Value.BaseUrl.TrimEnd('/') + "/"), $"training/feedback/{response.Token}");
        var when = SessionTiming.Describe(about.StartsAt, about.EndsAt);
        var (subject, opening) = kind == TrainingEvaluation.ImpactKind
            ? ($"Has {about.Title} helped in your work?", $"{TrainingEvaluation.ImpactAfterWeeks} weeks ago you went on {about.Title} ({when}). Six short questions tell the provider and your area whether it has made a difference, and what gets in the way.")
            : ($"How was {about.Title}?", $"Thank you for coming to {about.Title} ({when}). Tell the provider what you thought: it takes about two minutes.");
        var body = $"Dear {about.AttendeeName},{Environment.NewLine}{Environment.NewLine}{opening}{Environment.NewLine}{Environment.NewLine}{link}{Environment.NewLine}{Environment.NewLine}" +
                   "Your answers are anonymous: they are not linked to your name or your booking, and nobody sees a course's answers until at least 5 people have given theirs.";
        await mail.SendAsync(new MailMessageText(about.AttendeeEmail!, subject, body), cancellationToken);
        return true;
    }

    public async Task<EvaluationForm?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }
        var found = await (from r in db.QuestionnaireResponses.AsNoTracking()
                           join s in db.CourseSessions on r.OwnerId equals s.Id
                           join c in db.Courses on s.CourseId equals c.Id
                           join o in db.Organisations on c.ProviderOrganisationId equals o.Id
                           where r.Token == token && (r.Kind == TrainingEvaluation.FeedbackKind || r.Kind == TrainingEvaluation.ImpactKind)
                           select new { r, c.Title, o.Name, s.StartsAt, s.EndsAt }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new EvaluationForm(found.r, found.Title, found.Name, found.StartsAt, found.EndsAt);
    }

    /// <summary>Checks and saves the answers, once: the answers kept (what the person gave, as the page shows them again on a problem) and the problems by question.</summary>
    public async Task<(Dictionary<string, string?> Answers, FieldErrors Errors)> SubmitAsync(EvaluationForm form, Func<string, IReadOnlyList<string>> posted, CancellationToken cancellationToken = default)
    {
        var section = form.Questionnaire.Sections.Single();
        var (answers, errors) = Core.Questionnaires.Answers.Read(section, posted, new Dictionary<string, string>(), requireAnswers: true);
        if (form.Response.Status == QuestionnaireResponse.Submitted)
        {
            return (answers, errors.Add(section.Questions[0].Key, "These answers have already been sent. Thank you"));
        }
        if (errors.Any)
        {
            return (answers, errors);
        }
        var json = JsonSerializer.Serialize(answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!));
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.QuestionnaireResponses.Where(r => r.Id == form.Response.Id && r.Status == QuestionnaireResponse.Started)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnswersJson, json).SetProperty(r => r.Status, QuestionnaireResponse.Submitted)
                    .SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.UpdatedAt, now), cancellationToken) != 1)
        {
            errors.Add(section.Questions[0].Key, "These answers have already been sent. Thank you");
        }
        return (answers, errors);
    }

    /// <summary>
    /// Evaluations of the courses that an area runs (or one provider's, or one course), each with its figures, newest
    /// comments first; each provider's, and the whole together, each summarised from the answers themselves.
    /// </summary>
    public async Task<EvaluationReport> ReportAsync(int? areaId, int? providerOrganisationId, int? courseId = null,
        CancellationToken cancellationToken = default)
    {
        var courses = await (from c in db.Courses.AsNoTracking()
                             join o in db.Organisations on c.ProviderOrganisationId equals o.Id
                             where (areaId == null || c.AreaId == areaId) && (providerOrganisationId == null || c.ProviderOrganisationId == providerOrganisationId)
                                   && (courseId == null || c.Id == courseId)
                             select new { c.Id, c.Title, c.ProviderOrganisationId, Provider = o.Name }).ToListAsync(cancellationToken);
        var ids = courses.Select(c => c.Id).ToList();
        var answers = await (from r in db.QuestionnaireResponses.AsNoTracking()
                             join s in db.CourseSessions on r.OwnerId equals s.Id
                             where (r.Kind == TrainingEvaluation.FeedbackKind || r.Kind == TrainingEvaluation.ImpactKind)
                                   && r.Status == QuestionnaireResponse.Submitted && ids.Contains(s.CourseId)
                             orderby r.SubmittedAt descending
                             select new { s.CourseId, r.Kind, r.AnswersJson }).ToListAsync(cancellationToken);
        var attended = await (from b in db.Bookings.AsNoTracking()
                              join s in db.CourseSessions on b.SessionId equals s.Id
                              where b.Status == Status.Attended && ids.Contains(s.CourseId)
                              group b by s.CourseId into g
                              select new { CourseId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.CourseId, x => x.Count, cancellationToken);
        var parsed = answers.Select(a => (a.CourseId, a.Kind, Answers: (IReadOnlyDictionary<string, string>)(JsonSerializer.Deserialize<Dictionary<string, string>>(a.AnswersJson) ?? [])))
            .ToList();
        var byCourse = parsed.ToLookup(a => a.CourseId);
        var result = courses
            .Select(c =>
            {
                var answers = byCourse[c.Id].ToList();
                var feedback = answers.Where(a => a.Kind == TrainingEvaluation.FeedbackKind).Select(a => a.Answers).ToList();
                return new CourseEvaluation(c.Id, c.Title, c.ProviderOrganisationId, c.Provider, attended.GetValueOrDefault(c.Id), Summarise(answers.Select(a => (a.Kind, a.Answers))),
                    Texts(feedback, "change"), Texts(feedback, "comments"), Texts(answers.Where(a => a.Kind == TrainingEvaluation.ImpactKind).Select(a => a.Answers), "example"));
            })
            .OrderByDescending(c => c.Summary.FeedbackResponses).ThenBy(c => c.Title, StringComparer.Ordinal).ToList();
        var providers = result.GroupBy(c => (c.ProviderOrganisationId, c.ProviderName)).OrderBy(g => g.Key.ProviderName, StringComparer.Ordinal)
            .Select(g =>
            {
                var ofProvider = g.Select(c => c.CourseId).ToHashSet();
                return new ProviderEvaluation(g.Key.ProviderOrganisationId, g.Key.ProviderName, g.Count(), g.Sum(c => c.Attended),
                    Summarise(parsed.Where(a => ofProvider.Contains(a.CourseId)).Select(a => (a.Kind, a.Answers))));
            }).ToList();
        return new EvaluationReport(result, providers, Summarise(parsed.Select(a => (a.Kind, a.Answers))));
    }

    private static EvaluationSummary Summarise(IEnumerable<(string Kind, IReadOnlyDictionary<string, string> Answers)> answers)
    {
        var all = answers.ToList();
        return TrainingEvaluation.Summarise(
            all.Where(a => a.Kind == TrainingEvaluation.FeedbackKind).Select(a => a.Answers).ToList(),
            all.Where(a => a.Kind == TrainingEvaluation.ImpactKind).Select(a => a.Answers).ToList());
    }

    private static List<string> Texts(IEnumerable<IReadOnlyDictionary<string, string>> responses, string key) =>
        responses.Select(a => a.GetValueOrDefault(key)).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).Take(100).ToList();
}
