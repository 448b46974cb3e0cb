using System.Globalization;
using System.Text.RegularExpressions;

namespace OneWorkforce.Core.Strategy;

/// <summary>A calendar quarter, written <c>2010Q3</c> (July to September 2010).</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly Starts => new(Year, (Number - 1) * 3 + 1, 1);
    public DateOnly Ends => Starts.AddMonths(3).AddDays(-1);
    /// <summary>The date a report of this quarter reads its figures as at: the quarter's end, or today while it runs.</summary>
    public DateOnly AsAt(DateOnly today) => Ends < today ? Ends : today;

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public override string ToString() => $"{Year}Q{Number}";

    public string Describe() => $"{Starts:MMMM} to {Ends:MMMM yyyy}";

    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return quarter.Year is >= 2000 and <= 2100;
    }

    [GeneratedRegex("^([0-9]{4})[ -]?[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
