using System.Text.RegularExpressions;

namespace OneWorkforce.Core.Qualifications;

/// <summary>The name of an awarding body as written, split into the name to file it under and its other names.</summary>
public sealed partial record AwardingBodyName(string Name, IReadOnlyList<string> OtherNames)
{
    /// <summary>
    /// Real titles carry history and abbreviations: "Edexcel (now Pearson Education Ltd)" is Pearson
    /// Education Ltd, also known as Edexcel; "iCan Qualifications (iCQ)" is also known as iCQ.
    /// Other brackets ("Anglia Ruskin University (University Centre Peterborough)") are part of the name.
    /// </summary>
    public static AwardingBodyName Parse(string written)
    {
        var text = Whitespace().Replace(written.Trim(), " ");
        var now = NowPattern().Match(text);
        if (now.Success)
        {
            return new AwardingBodyName(now.Groups["current"].Value.Trim(), [now.Groups["former"].Value.Trim()]);
        }
        var abbreviation = AbbreviationPattern().Match(text);
        if (abbreviation.Success)
        {
            return new AwardingBodyName(abbreviation.Groups["name"].Value.Trim(), [abbreviation.Groups["short"].Value]);
        }
        return new AwardingBodyName(text, []);
    }

    /// <summary>The key names are matched by: case, punctuation, "Ltd"/"Limited" and "&amp;"/"and" do not matter.</summary>
    public static string Key(string name)
    {
        var text = name.ToLowerInvariant().Replace("&", " and ");
        text = NonWord().Replace(text, " ");
        text = Suffix().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(?<former>.+?)\s*\(\s*now\s+(?<current>[^)]+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex NowPattern();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<short>[A-Za-z]{0,2}[A-Z]{2,8}[A-Za-z]{0,2})\)$")]
    private static partial Regex AbbreviationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\b(ltd|limited|plc)\b")]
    private static partial Regex Suffix();
}
