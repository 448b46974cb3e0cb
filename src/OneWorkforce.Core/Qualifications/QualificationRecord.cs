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
    int Line);
