using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Data.Surveys;

/// <summary>One organisation's line in live response tracking.</summary>
public sealed record InvitationStatus(int OrganisationId, string Organisation, string Email, DateTime SentAt, DateTime? RemindedAt, int Reminders,
    string Status, DateTime? AnsweredAt);

/// <summary>Live tracking: the personal links and how each stands, and the answers through the open link or imported.</summary>
public sealed record SurveyTracking(IReadOnlyList<InvitationStatus> Invitations, int OpenLinkStarted, int OpenLinkAnswered, int Imported)
{
    public int Answered => Invitations.Count(i => i.Status == QuestionnaireResponse.Submitted) + OpenLinkAnswered + Imported;
}

/// <summary>
/// Sending a survey to the directory's organisations: one personal link each (its own response, answered once), emailed
/// to the organisation's contact address; reminders to those who have not answered, claimed one by one with a
/// conditional update so that two nodes pressing at once never send one twice.
/// </summary>
public sealed class SurveyDistribution(OneWorkforceDbContext db, IMailSender mail, IOptions<SiteSettings> site, AuditLog audit, TimeProvider clock)
{
    private Uri Link(string token) => new(new Uri(site.Value.BaseUrl.TrimEnd('/') + "/"), $"survey/{token}");

    /// <summary>The area's organisations that can be sent the survey (they have a contact email), with whether they have been.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, string Email, IReadOnlyList<string> Categories, bool Invited)>> CandidatesAsync(Survey survey,
        CancellationToken cancellationToken = default)
    {
        var invited = await db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == survey.Id).Select(i => i.OrganisationId).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Include(o => o.Categories)
            .Where(o => o.AreaId == survey.AreaId && o.ContactEmail != null && o.ContactEmail != "").OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return organisations.Select(o => (o.Id, o.Name, o.ContactEmail!, (IReadOnlyList<string>)o.Categories.Select(c => c.CategoryCode).ToList(), invited.Contains(o.Id))).ToList();
    }

    /// <summary>
    /// Sends the survey to the area's organisations of the given categories (all of them, with none given) that have a
    /// contact email and have not had it yet. Returns how many were sent.
    /// </summary>
    public async Task<(int Sent, string? Problem)> InviteAsync(Survey survey, IReadOnlyCollection<string> categories, CancellationToken cancellationToken = default)
    {
        if (survey.Status != Survey.Open)
        {
            return (0, survey.Status == Survey.Draft ? "Open the survey before sending it" : "This survey has closed");
        }
        var candidates = (await CandidatesAsync(survey, cancellationToken))
            .Where(c => !c.Invited && (categories.Count == 0 || c.Categories.Any(categories.Contains))).ToList();
        if (candidates.Count == 0)
        {
            return (0, "Every organisation chosen with a contact email has already been sent this survey");
        }
        var areaName = await db.Areas.Where(a => a.Id == survey.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var organisation in candidates)
        {
            var response = new QuestionnaireResponse
            {
                Kind = Survey.ResponseKind, OwnerId = survey.Id, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Started,
                Channel = "online", StartedAt = now, UpdatedAt = now, AnswersJson = "{}", OrganisationId = organisation.Id,
                Categories = string.Join(';', organisation.Categories),
            };
            db.QuestionnaireResponses.Add(response);
            await db.SaveChangesAsync(cancellationToken);
            var invitation = new SurveyInvitation { SurveyId = survey.Id, OrganisationId = organisation.Id, Email = organisation.Email, ResponseId = response.Id, SentAt = now };
            db.SurveyInvitations.Add(invitation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node sent this organisation the survey a moment ago: keep theirs.
                db.ChangeTracker.Clear();
                await db.QuestionnaireResponses.Where(r => r.Id == response.Id).ExecuteDeleteAsync(cancellationToken);
                continue;
            }
            response.InvitationId = invitation.Id;
            await db.SaveChangesAsync(cancellationToken);
            await mail.SendAsync(Message(organisation.Email, organisation.Name, survey, areaName, response.Token, reminder: false), cancellationToken);
            sent++;
        }
        audit.Record("survey-invite", "Survey", survey.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["sent"] = new(null, sent.ToString(CultureInfo.InvariantCulture)) }, survey.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        return (sent, null);
    }

    /// <summary>Reminds every invited organisation that has not sent its answers and was not reminded in the last day.</summary>
    public async Task<int> RemindAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        if (survey.Status != Survey.Open)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-1);
        var due = await (from i in db.SurveyInvitations.AsNoTracking()
                         join r in db.QuestionnaireResponses on i.ResponseId equals r.Id
                         join o in db.Organisations on i.OrganisationId equals o.Id
                         where i.SurveyId == survey.Id && r.Status != QuestionnaireResponse.Submitted && (i.RemindedAt == null || i.RemindedAt < since)
                         select new { i.Id, i.Email, o.Name, r.Token, i.RemindedAt }).ToListAsync(cancellationToken);
        var areaName = await db.Areas.Where(a => a.Id == survey.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var sent = 0;
        foreach (var invitation in due)
        {
            var claimed = await db.SurveyInvitations.Where(i => i.Id == invitation.Id && i.RemindedAt == invitation.RemindedAt)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.RemindedAt, now).SetProperty(i => i.Reminders, i => i.Reminders + 1), cancellationToken);
            if (claimed == 1)
            {
                await mail.SendAsync(Message(invitation.Email, invitation.Name, survey, areaName, invitation.Token, reminder: true), cancellationToken);
                sent++;
            }
        }
        audit.Record("survey-remind", "Survey", survey.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["reminded"] = new(null, sent.ToString(CultureInfo.InvariantCulture)) }, survey.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    public async Task<SurveyTracking> TrackAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        var invitations = await (from i in db.SurveyInvitations.AsNoTracking()
                                 join r in db.QuestionnaireResponses on i.ResponseId equals r.Id
                                 join o in db.Organisations on i.OrganisationId equals o.Id
                                 where i.SurveyId == survey.Id
                                 orderby o.Name
                                 select new InvitationStatus(o.Id, o.Name, i.Email, i.SentAt, i.RemindedAt, i.Reminders, r.Status, r.SubmittedAt)).ToListAsync(cancellationToken);
        var others = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.Kind == Survey.ResponseKind && r.OwnerId == survey.Id && r.InvitationId == null)
            .GroupBy(r => new { r.Channel, r.Status }).Select(g => new { g.Key.Channel, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        return new SurveyTracking(invitations,
            others.Where(o => o.Channel == "online").Sum(o => o.Count),
            others.Where(o => o.Channel == "online" && o.Status == QuestionnaireResponse.Submitted).Sum(o => o.Count),
            others.Where(o => o.Channel != "online").Sum(o => o.Count));
    }

    private MailMessageText Message(string email, string organisation, Survey survey, string areaName, string token, bool reminder) =>
        new(email, (reminder ? "Reminder: " : "") + survey.Title,
            $"Dear colleague at {organisation},{Environment.NewLine}{Environment.NewLine}" +
            (reminder ? $"We have not yet had {organisation}'s answers to {areaName}'s survey. There is still time.{Environment.NewLine}{Environment.NewLine}"
                      : $"{areaName}'s children's workforce partnership asks organisations like yours a few questions, to plan training, recruitment and support together.{Environment.NewLine}{Environment.NewLine}") +
            $"{survey.Title}{Environment.NewLine}{Link(token)}{Environment.NewLine}{Environment.NewLine}" +
            "This link is for your organisation only: it takes one set of answers, and you can save and come back to it. Please pass it to the person best placed to answer.");
}
