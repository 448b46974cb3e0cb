using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications;

public static class QualificationCodeLists
{
    public static readonly CodeList Types = new("qualification-types", "Qualification types",
    [
        new("award", "Award"),
        new("certificate", "Certificate"),
        new("diploma", "Diploma"),
        new("degree", "Degree"),
        new("foundation-degree", "Foundation degree"),
        new("professional-status", "Professional status or standard"),
        new("nvq", "NVQ"),
        new("apprenticeship", "Apprenticeship standard"),
        new("endorsed-training", "Nationally endorsed training"),
        new("other", "Other"),
    ]);

    public static readonly CodeList Statuses = new("qualification-statuses", "Qualification status",
    [
        new(QualificationStatus.Current, "Current"),
        new(QualificationStatus.Withdrawn, "Withdrawn", "Kept for people who hold it; closed to new starts"),
    ]);

    /// <summary>A best guess at the type from the title, for sources that do not give one.</summary>
    public static string? GuessType(string title)
    {
        var t = title.ToLowerInvariant();
        return t switch
        {
            _ when t.Contains("apprenticeship") => "apprenticeship",
            _ when t.Contains("foundation degree") => "foundation-degree",
            _ when t.Contains("nvq") => "nvq",
            _ when t.Contains("degree") || t.StartsWith("ba ") || t.StartsWith("bsc ") || t.Contains("(hons)") || t.StartsWith("ma ") => "degree",
            _ when t.Contains("status") || t.Contains("qualified teacher") => "professional-status",
            _ when t.Contains("diploma") => "diploma",
            _ when t.Contains("certificate") => "certificate",
            _ when t.Contains("award") => "award",
            _ => null,
        };
    }
}
