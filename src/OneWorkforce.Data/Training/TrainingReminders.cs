using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Data.Training;

/// <summary>What one run of the reminders sent.</summary>
public sealed record RemindersSent(int SessionReminders, int TrainingDue, int PeopleEmailed, int ManagersEmailed, int ImpactFollowUps = 0);

/// <summary>
/// Reminder emails, safe to run as often as you like and on several nodes at once: each is recorded before it goes
/// (a unique row, or a conditional update), so it goes once.
/// Sessions: a reminder with the calendar file to everyone booked on a session in the next <see cref="SessionDaysAhead"/> days.
/// Required training: each time a person's training enters 90, 60 or 30 days of running out, or runs out, an email to
/// them (where their account is linked to their record) and a summary to their organisation's managers.
/// Evaluation: the impact follow-up to those who attended a course <see cref="TrainingEvaluation.ImpactAfterWeeks"/> weeks ago.
/// </summary>
public sealed class TrainingReminders(OneWorkforceDbContext db, TrainingCompliance compliance, BookingMail bookingMail, IMailSender mail,
    IOptions<SiteSettings> site, TrainingEvaluations evaluations, TimeProvider clock)
{
    public const int SessionDaysAhead = 3;

    public async Task<RemindersSent> SendAsync(int? onlyAreaId = null, CancellationToken cancellationToken = default)
    {
        var sessions = await SessionRemindersAsync(cancellationToken);
        var (due, people, managers) = (0, 0, 0);
        var areas = await db.TrainingRequirements.Where(r => onlyAreaId == null || r.AreaId == onlyAreaId).Select(r => r.AreaId).Distinct().ToListAsync(cancellationToken);
        foreach (var area in areas)
        {
            var (d, p, m) = await TrainingDueAsync(area, cancellationToken);
            due += d;
            people += p;
            managers += m;
        }
        var impact = onlyAreaId is null ? await evaluations.RequestImpactAsync(cancellationToken) : 0;
        return new RemindersSent(sessions, due, people, managers, impact);
    }

    private async Task<int> SessionRemindersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(SessionDaysAhead);
        var candidates = await db.Bookings.AsNoTracking()
            .Where(b => b.Status == TrainingCodes.BookingStatus.Booked && b.ReminderSentAt == null && b.AttendeeEmail != null
                && b.Session!.StartsAt > now && b.Session.StartsAt <= until && !b.Session.Cancelled)
            .Select(b => b.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in candidates)
        {
            // Claimed by a conditional update, so two nodes running the reminders never both send it.
            if (await db.Bookings.Where(b => b.Id == id && b.ReminderSentAt == null).ExecuteUpdateAsync(u => u.SetProperty(b => b.ReminderSentAt, now), cancellationToken) != 1)
            {
                continue;
            }
            var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == id, cancellationToken);
            await bookingMail.SendAsync(booking, "reminder", cancellationToken);
            sent++;
        }
        return sent;
    }

    private async Task<(int Due, int People, int Managers)> TrainingDueAsync(int areaId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await compliance.AssessAsync(areaId, cancellationToken: cancellationToken);
        var candidates = result.People
            .SelectMany(p => p.Checks.Where(c => c.DueOn is not null && Stage(c.State) is not null).Select(c => (Person: p, Check: c, Stage: Stage(c.State)!)))
            .ToList();
        if (candidates.Count == 0)
        {
            return (0, 0, 0);
        }
        var workerIds = candidates.Select(c => c.Person.WorkerId).Distinct().ToList();
        var already = (await db.TrainingReminders.AsNoTracking().Where(r => workerIds.Contains(r.WorkerId)).Select(r => new { r.WorkerId, r.Topic, r.DueOn, r.Stage }).ToListAsync(cancellationToken))
            .Select(r => (r.WorkerId, r.Topic, r.DueOn, r.Stage)).ToHashSet();
        var fresh = new List<(PersonCompliance Person, ComplianceCheck Check, string Stage)>();
        foreach (var candidate in candidates.Where(c => !already.Contains((c.Person.WorkerId, c.Check.Requirement.Topic, c.Check.DueOn!.Value, c.Stage))))
        {
            db.TrainingReminders.Add(new TrainingReminder
            {
                WorkerId = candidate.Person.WorkerId, Topic = candidate.Check.Requirement.Topic, DueOn = candidate.Check.DueOn!.Value, Stage = candidate.Stage, SentAt = now,
            });
            fresh.Add(candidate);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node recorded the same reminders first: it sends them.
            db.ChangeTracker.Clear();
            return (0, 0, 0);
        }
        if (fresh.Count == 0)
        {
            return (0, 0, 0);
        }

        var baseUrl = new Uri(site.Value.BaseUrl.TrimEnd('/') + "/");
        var people = 0;
        var freshWorkers = fresh.Select(f => f.Person.WorkerId).Distinct().ToList();
        var linked = await db.Users.AsNoTracking().Where(u => u.WorkerId != null && freshWorkers.Contains(u.WorkerId.Value) && u.Email != null)
            .Select(u => new { WorkerId = u.WorkerId!.Value, u.Email }).ToListAsync(cancellationToken);
        foreach (var account in linked)
        {
            var lines = fresh.Where(f => f.Person.WorkerId == account.WorkerId).Select(f => "- " + Line(f.Check)).ToList();
            var body = new StringBuilder()
                .AppendLine("Some of the training your role requires needs doing again soon:").AppendLine()
                .AppendLine(string.Join(Environment.NewLine, lines)).AppendLine()
                .AppendLine("Find a course and book a place:").AppendLine(new Uri(baseUrl, "training").ToString()).AppendLine()
                .AppendLine("Your training records:").AppendLine(new Uri(baseUrl, "training/records").ToString())
                .ToString();
            await mail.SendAsync(new MailMessageText(account.Email!, "Your training: renewal reminder", body), cancellationToken);
            people++;
        }

        var managers = 0;
        foreach (var organisation in fresh.GroupBy(f => f.Person.OrganisationId))
        {
            var emails = await db.Users.AsNoTracking()
                .Where(u => u.OrganisationId == organisation.Key && u.Email != null
                    && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == ServiceRoles.OrganisationManager)))
                .Select(u => u.Email!).ToListAsync(cancellationToken);
            var lines = organisation.OrderBy(f => f.Check.DueOn).ThenBy(f => f.Person.StaffReference, StringComparer.Ordinal)
                .Select(f => $"- {f.Person.StaffReference}: {Line(f.Check)}").ToList();
            var body = new StringBuilder()
                .AppendLine($"{lines.Count} piece{(lines.Count == 1 ? "" : "s")} of required training in your organisation {(lines.Count == 1 ? "has" : "have")} run out or will run out soon:").AppendLine()
                .AppendLine(string.Join(Environment.NewLine, lines)).AppendLine()
                .AppendLine("See everyone's training on the compliance dashboard:").AppendLine(new Uri(baseUrl, "training/compliance").ToString())
                .ToString();
            foreach (var email in emails)
            {
                await mail.SendAsync(new MailMessageText(email, "Required training running out in your organisation", body), cancellationToken);
                managers++;
            }
        }
        return (fresh.Count, people, managers);
    }

    private static string? Stage(ComplianceState state) => state switch
    {
        ComplianceState.OutOfDate => "out-of-date",
        ComplianceState.Within30Days => "30",
        ComplianceState.Within60Days => "60",
        ComplianceState.Within90Days => "90",
        _ => null,
    };

    private static string Line(ComplianceCheck check)
    {
        var date = check.DueOn!.Value.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return check.State == ComplianceState.OutOfDate
            ? $"{check.Requirement.Describe()}: ran out on {date}"
            : $"{check.Requirement.Describe()}: runs out on {date}";
    }
}
