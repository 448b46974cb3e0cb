using System.Text.RegularExpressions;

namespace OneWorkforce.Core.Qualifications;

/// <summary>
/// The data-entry protocol of seed 002 §5: how to tell whether two records are the same qualification.
/// With a qualification number: the number, the title (normalised) and the date range, because the
/// real early years list gives one number to renamed versions with other dates (603/5829/4: EYQ-240
/// and EYQ-241) and to named pathways with other titles (603/3900/7: EYQ-522 to EYQ-525).
/// Without a number: the awarding body (after its other names are folded in), the title, the level
/// and the date range.
/// </summary>
public static partial class QualificationIdentity
{
    public static string Key(string? number, string awardingBodyKey, string title, string level, DateOnly? from, DateOnly? to) =>
        number is not null
            ? $"number:{number}|{NormaliseTitle(title)}|{from:yyyy-MM}|{to:yyyy-MM}"
            : $"title:{awardingBodyKey}|{NormaliseTitle(title)}|{level}|{from:yyyy-MM}|{to:yyyy-MM}";

    /// <summary>
    /// Versions (and pathways) of one qualification: those sharing a qualification number, or
    /// without one, those sharing body, title and level with other dates.
    /// </summary>
    public static string VersionKey(string? number, string awardingBodyKey, string title, string level) =>
        number is not null ? $"number:{number}" : $"title:{awardingBodyKey}|{NormaliseTitle(title)}|{level}";

    /// <summary>Lower case, "&amp;" as "and", punctuation and repeated spaces gone, so "Children's Care, Learning &amp; Development" matches "childrens care learning and development".</summary>
    public static string NormaliseTitle(string title)
    {
        var text = title.ToLowerInvariant().Replace("&", " and ").Replace("'", "").Replace("\u2019", "");
        text = NonWord().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// How alike two titles are, from 0 to 1: the share of their words they have in common (Jaccard),
    /// on normalised titles. Titles at or above <see cref="NearDuplicateThreshold"/> with the same
    /// body and level go to the review list.
    /// </summary>
    public static double TitleSimilarity(string a, string b)
    {
        var left = NormaliseTitle(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var right = NormaliseTitle(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }
        var common = left.Intersect(right).Count();
        return (double)common / (left.Count + right.Count - common);
    }

    public const double NearDuplicateThreshold = 0.8;

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
