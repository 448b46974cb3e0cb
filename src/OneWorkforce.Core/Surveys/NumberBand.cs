using System.Globalization;
using System.Text.RegularExpressions;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Surveys;

/// <summary>
/// One band that number answers are counted into, such as "£1,001 to £5,000". Both ends are included; a band with
/// no lower end takes everything up to its upper end, and one with no upper end everything from its lower end.
/// </summary>
public sealed record NumberBand(string Label, long? From, long? To)
{
    public bool Holds(long value) => (From is null || value >= From) && (To is null || value <= To);
}

/// <summary>
/// The bands a lead sets for a number question, one per line, each <c>from-to</c> with an optional label before an
/// equals sign: <c>0-1000</c>, <c>1001-5000</c>, <c>10001-</c>, <c>under £60,000 = -59999</c>. Bands may not overlap,
/// so every answer counts once and the bands with "not in any band" always add up to everyone who answered.
/// </summary>
public static partial class NumberBands
{
    public const int MaxBands = 12;

    /// <summary>Seed 000 Q12(a): the training budget bands the report used.</summary>
    public static readonly IReadOnlyList<NumberBand> TrainingBudget =
        [new("£1,000 or less", null, 1_000), new("£1,001 to £5,000", 1_001, 5_000), new("£5,001 to £10,000", 5_001, 10_000), new("Over £10,000", 10_001, null)];

    /// <summary>Seed 000 Q12(b): the annual expenditure (turnover) bands of the report's bar graph.</summary>
    public static readonly IReadOnlyList<NumberBand> Turnover =
        [new("Under £60,000", null, 59_999), new("£60,000 to £100,000", 60_000, 100_000), new("Over £100,000", 100_001, null)];

    /// <summary>The bands as the lead writes them, one per line.</summary>
    public static string Write(IReadOnlyList<NumberBand> bands, string? unit) =>
        string.Join('\n', bands.Select(b => $"{b.Label} = {b.From?.ToString(CultureInfo.InvariantCulture)}-{b.To?.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Reads bands written one per line; the problems name the line and say how to write it.</summary>
    public static (IReadOnlyList<NumberBand> Bands, FieldErrors Errors) Parse(string field, string? text, string? unit)
    {
        var errors = new FieldErrors();
        var bands = new List<NumberBand>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > MaxBands)
        {
            errors.Add(field, $"Set at most {MaxBands} bands; there are {lines.Count}");
            return ([], errors);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var equals = line.LastIndexOf('=');
            var label = equals < 0 ? null : line[..equals].Trim();
            var range = Range().Match(equals < 0 ? line : line[(equals + 1)..]);
            if (!range.Success || (range.Groups["from"].Length == 0 && range.Groups["to"].Length == 0))
            {
                errors.Add(field, $"Line {i + 1} ('{line}') is not a band. Write each band as from-to, like 1001-5000, or 10001- for 10,001 and over; put a label first with an equals sign if you like");
                return ([], errors);
            }
            var from = Number(range.Groups["from"].Value);
            var to = Number(range.Groups["to"].Value);
            if (from > to)
            {
                errors.Add(field, $"Line {i + 1} ('{line}') starts above where it ends. Put the smaller number first");
                return ([], errors);
            }
            if (label is { Length: > 60 })
            {
                errors.Add(field, $"The label on line {i + 1} must be 60 characters or fewer");
                return ([], errors);
            }
            bands.Add(new NumberBand(string.IsNullOrEmpty(label) ? LabelFor(from, to, unit) : label, from, to));
        }
        var ordered = bands.OrderBy(b => b.From ?? long.MinValue).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if ((ordered[i - 1].To ?? long.MaxValue) >= (ordered[i].From ?? long.MinValue))
            {
                errors.Add(field, $"The bands '{ordered[i - 1].Label}' and '{ordered[i].Label}' overlap. Each answer must fall in one band only");
                return ([], errors);
            }
        }
        return (ordered, errors);
    }

    /// <summary>A label in words, like "£1,000 or less", "£1,001 to £5,000" or "£10,001 or more".</summary>
    public static string LabelFor(long? from, long? to, string? unit)
    {
        string N(long n) => (unit ?? "") + n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
        return (from, to) switch
        {
            (null, { } t) => $"{N(t)} or less",
            ({ } f, null) => $"{N(f)} or more",
            ({ } f, { } t) when f == t => N(f),
            ({ } f, { } t) => $"{N(f)} to {N(t)}",
            _ => "Any",
        };
    }

    private static long? Number(string text) =>
        text.Length == 0 ? null : long.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    [GeneratedRegex(@"^\s*(?<from>-?[0-9][0-9,]{0,15})?\s*(-|–|to)\s*(?<to>[0-9][0-9,]{0,15})?\s*$")]
    private static partial Regex Range();
}
