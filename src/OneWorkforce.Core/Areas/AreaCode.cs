using System.Text.RegularExpressions;

namespace OneWorkforce.Core.Areas;

/// <summary>ONS area codes: a letter and eight digits, for example E10000018 or E06000019.</summary>
public static partial class AreaCode
{
    [GeneratedRegex("^[EWSN][0-9]{8}$")]
    private static partial Regex Pattern();

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    public static bool IsValid(string code) => Pattern().IsMatch(Normalise(code));

    public const string FormatHint = "Enter the ONS area code: a letter and 8 digits, like E10000018";
}
