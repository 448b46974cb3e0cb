using System.Globalization;
using System.Text;

namespace OneWorkforce.Core.Training;

/// <summary>
/// An iCalendar (RFC 5545) file for a session: one VEVENT with a stable UID, times in UTC, text escaped and
/// lines folded at 75 octets, CRLF line ends, so calendar programs import it as one event and update it in place.
/// </summary>
public static class ICalendar
{
    public static string ForSession(CourseSession session, Course course, string providerName, string? districtName, Uri courseUrl, string host, DateTime stampUtc,
        bool cancelled = false)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//OneWorkforce//Training offer//EN",
            "CALSCALE:GREGORIAN",
            cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:session-{session.Id}@{host}",
            $"DTSTAMP:{Utc(stampUtc)}",
            $"DTSTART:{Utc(session.StartsAt)}",
            $"DTEND:{Utc(session.EndsAt)}",
            $"SUMMARY:{Escape(course.Title)}",
            $"DESCRIPTION:{Escape($"{course.Summary}\nProvided by {providerName}.\n{courseUrl}")}",
            $"LOCATION:{Escape(Location(session, course, districtName))}",
            $"URL:{courseUrl}",
            cancelled || session.Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }
        return text.ToString();
    }

    public static string Location(CourseSession session, Course course, string? districtName) =>
        course.Delivery is "online-live" or "e-learning"
            ? "Online"
            : string.Join(", ", new[] { session.Venue, districtName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon and comma escaped; new lines as \n.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
