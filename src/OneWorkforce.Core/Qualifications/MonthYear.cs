using System.Globalization;

namespace OneWorkforce.Core.Qualifications;

/// <summary>Month-year dates as the early years list writes them: <c>Sep-14</c> is September 2014; <c>null</c> or empty is open-ended.</summary>
public static class MonthYear
{
    public const string FormatHint = "Write the month and year like Sep-14, or null if there is no date";

    public static bool TryParse(string? value, out DateOnly? date)
    {
        date = null;
        var text = (value ?? "").Trim();
        if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (DateTime.TryParseExact(text, ["MMM-yy", "MMM-yyyy", "MMMM-yy", "MMMM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = new DateOnly(parsed.Year, parsed.Month, 1);
            return true;
        }
        return false;
    }

    /// <summary>An end month covers the whole month: Aug-14 runs to 31 August 2014.</summary>
    public static DateOnly EndOfMonth(DateOnly start) => start.AddMonths(1).AddDays(-1);

    public static string Format(DateOnly? date) => date?.ToString("MMM-yy", CultureInfo.InvariantCulture) ?? "null";
}
