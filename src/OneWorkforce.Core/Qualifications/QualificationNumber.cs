using System.Text.RegularExpressions;

namespace OneWorkforce.Core.Qualifications;

/// <summary>Ofqual qualification numbers: <c>NNN/NNNN/N</c>, such as 603/5829/4 (the last character may be X).</summary>
public static partial class QualificationNumber
{
    [GeneratedRegex(@"^\d{3}/\d{4}/[\dX]$")]
    private static partial Regex Pattern();

    public const string FormatHint = "Use the Ofqual number in the form 603/5829/4, or leave it empty";

    /// <summary>Words that publishers put in the number column when there is no number.</summary>
    private static readonly HashSet<string> NoNumber = new(StringComparer.OrdinalIgnoreCase) { "", "not required", "n/a", "none", "null", "-" };

    /// <summary>
    /// The number, or null when the value says there is none. Stray trailing slashes and dots are
    /// dropped (the real list has "603/7741/0/" for EYQ-251 in its 10-09-24 update); anything else
    /// is kept as written for <see cref="IsValid"/> to judge.
    /// </summary>
    public static string? Normalise(string? value)
    {
        var trimmed = (value ?? "").Trim();
        return NoNumber.Contains(trimmed) ? null : trimmed.TrimEnd('/', '.', ' ').ToUpperInvariant();
    }

    public static bool IsValid(string number) => Pattern().IsMatch(number);
}
