using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Qualifications;

/// <summary>A qualification or nationally endorsed training in the Integrated Qualifications Framework.</summary>
public class Qualification : IAudited
{
    public int Id { get; set; }
    /// <summary>The stable reference, such as EYQ-240 (the early years list) or Q-603-5829-4.</summary>
    public required string Reference { get; set; }
    /// <summary>Ofqual number such as 603/5829/4, when there is one.</summary>
    public string? Number { get; set; }
    public required string Title { get; set; }
    /// <summary>The title normalised by <see cref="QualificationIdentity.NormaliseTitle"/>, for matching and search.</summary>
    public required string TitleKey { get; set; }
    /// <summary>A code of <see cref="Reference.QualificationLevels"/>: entry, 1 to 8, or not-levelled.</summary>
    public required string LevelCode { get; set; }
    /// <summary>A code of <see cref="QualificationCodeLists.Types"/>, when known.</summary>
    public string? TypeCode { get; set; }
    public int AwardingBodyId { get; set; }
    public AwardingBody? AwardingBody { get; set; }
    /// <summary>The awarding body exactly as the source wrote it.</summary>
    public required string AwardingBodyAsWritten { get; set; }
    public int? Credits { get; set; }
    public int? GuidedLearningHours { get; set; }
    public int? TotalQualificationTime { get; set; }
    public string? AgeFocus { get; set; }
    /// <summary><see cref="QualificationStatus.Current"/> or <see cref="QualificationStatus.Withdrawn"/>. Withdrawn records are kept, never deleted.</summary>
    public required string Status { get; set; }
    /// <summary>Starts from this date count (the early years list's "From which date").</summary>
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Starts up to this date count (the early years list's "To which date").</summary>
    public DateOnly? ValidTo { get; set; }
    public DateOnly? OperationalEnd { get; set; }
    public DateOnly? CertificationEnd { get; set; }
    public string? Notes { get; set; }
    public string? SourceUrl { get; set; }
    /// <summary>Where the record came from: eyql, ofqual, native or manual.</summary>
    public required string Source { get; set; }
    /// <summary>Versions of one qualification (same title, body and level; other dates) share a version group.</summary>
    public required string VersionGroup { get; set; }
    public int? ReplacedById { get; set; }
    /// <summary>Rule of combination: at least <see cref="LevelRuleMinCredits"/> credits from units at or above this level.</summary>
    public string? LevelRuleLevelCode { get; set; }
    public int? LevelRuleMinCredits { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public static class QualificationStatus
{
    public const string Current = "current";
    public const string Withdrawn = "withdrawn";
}
