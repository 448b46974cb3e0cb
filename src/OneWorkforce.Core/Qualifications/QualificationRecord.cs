namespace OneWorkforce.Core.Qualifications;

/// <summary>A qualification as a source file describes it, checked and ready to store.</summary>
public sealed record QualificationRecord(
    string Reference,
    string? Number,
    string Title,
    string LevelCode,
    string AwardingBody,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Notes,
    int Line)
{
    /// <summary>A code of <see cref="QualificationCodeLists.Types"/>; guessed from the title when the source gives none.</summary>
    public string? TypeCode { get; init; }
    public int? Credits { get; init; }
    public int? GuidedLearningHours { get; init; }
    public int? TotalQualificationTime { get; init; }
    public DateOnly? OperationalEnd { get; init; }
    public DateOnly? CertificationEnd { get; init; }
    /// <summary>Set when the source says the qualification is withdrawn whatever its dates.</summary>
    public bool WithdrawnBySource { get; init; }
    /// <summary>True when the source gives every field (the native template): age focus, source link and replacement are then set from it, empty ones cleared.</summary>
    public bool Complete { get; init; }
    public string? AgeFocus { get; init; }
    public string? SourceUrl { get; init; }
    /// <summary>The reference of the qualification that replaces this one.</summary>
    public string? ReplacedBy { get; init; }
}
