namespace OneWorkforce.Core.Training;

/// <summary>
/// When a session falls in the UK: evening (starting at 5pm or later) and weekend sessions are what volunteers
/// asked for (seed 000 Q14: timing is a barrier), so every session carries both flags.
/// </summary>
public static class SessionTiming
{
    public static readonly TimeOnly EveningFrom = new(17, 0);

    public static TimeZoneInfo UkTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTime);

    /// <summary>A UK wall-clock time to UTC (a time skipped by the clocks going forward moves on an hour).</summary>
    public static DateTime FromUk(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (UkTime.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, UkTime);
    }

    public static bool IsEvening(DateTime startsAtUtc) => TimeOnly.FromDateTime(ToUk(startsAtUtc)) >= EveningFrom;

    public static bool IsWeekend(DateTime startsAtUtc) => ToUk(startsAtUtc).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Sets the evening and weekend flags from the start time.</summary>
    public static void Apply(CourseSession session)
    {
        session.IsEvening = IsEvening(session.StartsAt);
        session.IsWeekend = IsWeekend(session.StartsAt);
    }

    /// <summary>"Tuesday 3 March 2026, 6pm to 9pm" in UK time.</summary>
    public static string Describe(DateTime startsAtUtc, DateTime endsAtUtc)
    {
        var start = ToUk(startsAtUtc);
        var end = ToUk(endsAtUtc);
        var day = start.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        return start.Date == end.Date
            ? $"{day}, {Clock(start)} to {Clock(end)}"
            : $"{day}, {Clock(start)}, to {end.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, {Clock(end)}";
    }

    /// <summary>GOV.UK style times: 9am, 5:30pm, midday, midnight.</summary>
    public static string Clock(DateTime time) => (time.Hour, time.Minute) switch
    {
        (12, 0) => "midday",
        (0, 0) => "midnight",
        var (h, m) => $"{(h % 12 == 0 ? 12 : h % 12)}{(m == 0 ? "" : $":{m:00}")}{(h < 12 ? "am" : "pm")}",
    };
}
