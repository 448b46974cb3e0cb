namespace OneWorkforce.Core.Reference;

/// <summary>A level of the English qualifications framework with its European (EQF) equivalent.</summary>
public sealed record QualificationLevel(string Code, string Name, int SortOrder, int? EqfLevel);

/// <summary>Entry, 1 to 8 and "not levelled" (PRODUCT.md §3; seed 002 asks how to show training without a level).</summary>
public static class QualificationLevels
{
    public static readonly IReadOnlyList<QualificationLevel> All =
    [
        new("entry", "Entry level", 0, 1),
        new("1", "Level 1", 1, 2),
        new("2", "Level 2", 2, 3),
        new("3", "Level 3", 3, 4),
        new("4", "Level 4", 4, 5),
        new("5", "Level 5", 5, 5),
        new("6", "Level 6", 6, 6),
        new("7", "Level 7", 7, 7),
        new("8", "Level 8", 8, 8),
        new("not-levelled", "Not levelled", 99, null),
    ];

    public static QualificationLevel? Find(string code) => All.FirstOrDefault(l => l.Code == code);

    /// <summary>Size by credit for a credit-based qualification: award 1–12, certificate 13–36, diploma 37 or more.</summary>
    public static string? SizeByCredit(int credits) => credits switch
    {
        <= 0 => null,
        <= 12 => "Award",
        <= 36 => "Certificate",
        _ => "Diploma",
    };

    /// <summary>One credit is ten hours of learning.</summary>
    public const int HoursPerCredit = 10;
}
