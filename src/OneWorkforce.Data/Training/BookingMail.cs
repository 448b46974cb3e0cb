using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Data.Training;

/// <summary>Emails about bookings: a confirmation (or a waiting-list notice), and a place offered from the waiting list; the calendar file attached.</summary>
public sealed class BookingMail(OneWorkforceDbContext db, IMailSender mail, IOptions<SiteSettings> site, TimeProvider clock)
{
    public async Task SendAsync(Booking booking, string kind, CancellationToken cancellationToken = default) => await SendAsync(booking, kind, null, cancellationToken);

    /// <param name="reason">For a cancelled session, why (the provider's words).</param>
    public async Task SendAsync(Booking booking, string kind, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(booking.AttendeeEmail))
        {
            return;
        }
        var session = await db.CourseSessions.AsNoTracking().Include(s => s.Course).SingleAsync(s => s.Id == booking.SessionId, cancellationToken);
        var course = session.Course!;
        var provider = await db.Organisations.Where(o => o.Id == course.ProviderOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var district = session.DistrictId is { } d ? await db.Districts.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var baseUrl = new Uri(site.Value.BaseUrl.TrimEnd('/') + "/");
        var courseUrl = new Uri(baseUrl, $"training/courses/{course.Id}");
        var when = SessionTiming.Describe(session.StartsAt, session.EndsAt);
        var where = ICalendar.Location(session, course, district);
        var (subject, opening) = kind switch
        {
            "waiting" => ($"Waiting list: {course.Title}", $"{booking.AttendeeName} is on the waiting list for {course.Title}. If a place comes up it will be given to the next person on the list and we will email you."),
            "promoted" => ($"A place has come up: {course.Title}", $"A place has come up on {course.Title} and it has been given to {booking.AttendeeName} from the waiting list."),
            "session-cancelled" => ($"Cancelled: {course.Title} on {SessionTiming.Describe(session.StartsAt, session.EndsAt)}",
                $"The provider has cancelled this session of {course.Title}, so {booking.AttendeeName}'s {(booking.Status == "waiting" ? "place on the waiting list" : "place")} is cancelled too. Their reason: {reason}" +
                $"{Environment.NewLine}{Environment.NewLine}Other dates, and other courses, are on {new Uri(new Uri(site.Value.BaseUrl.TrimEnd('/') + "/"), "training")}"),
            "reminder" => ($"Reminder: {course.Title} on {SessionTiming.Describe(session.StartsAt, session.EndsAt)}", $"A reminder that {booking.AttendeeName} has a place on {course.Title} soon."),
            _ => ($"Booking confirmed: {course.Title}", $"{booking.AttendeeName} has a place on {course.Title}."),
        };
        var body = new StringBuilder()
            .AppendLine(opening).AppendLine()
            .AppendLine($"When: {when}")
            .AppendLine($"Where: {where}")
            .AppendLine($"Provider: {provider}").AppendLine();
        if (kind != "session-cancelled")
        {
            body.AppendLine($"If you cannot go, cancel by {session.CancellationDeadline.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} so someone else can have the place:")
                .AppendLine(new Uri(baseUrl, "training/bookings").ToString()).AppendLine();
        }
        body.AppendLine($"About the course: {courseUrl}");
        var message = new MailMessageText(booking.AttendeeEmail, subject, body.ToString());
        if (kind is not ("waiting" or "session-cancelled"))
        {
            var calendar = ICalendar.ForSession(session, course, provider, district, courseUrl, baseUrl.Host, clock.GetUtcNow().UtcDateTime);
            message = message with { Attachments = [new MailAttachment($"session-{session.Id}.ics", "text/calendar", Encoding.UTF8.GetBytes(calendar))] };
        }
        await mail.SendAsync(message, cancellationToken);
    }
}
