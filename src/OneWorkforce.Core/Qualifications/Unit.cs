using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Qualifications;

/// <summary>A unit (module) of learning. One unit can belong to many qualifications.</summary>
public class Unit : IAudited
{
    public int Id { get; set; }
    /// <summary>The unit's stable reference, such as an Ofqual unit number (T/601/1693) or a provider's code.</summary>
    public required string Reference { get; set; }
    public required string Title { get; set; }
    public required string LevelCode { get; set; }
    public int Credits { get; set; }
    public int? GuidedLearningHours { get; set; }
}

/// <summary>A group of units in a qualification's structure, with its rule of combination.</summary>
public class UnitGroupEntry : IAudited
{
    public int Id { get; set; }
    public int QualificationId { get; set; }
    /// <summary>The group's code within the qualification, such as A (mandatory) or B.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public bool Mandatory { get; set; }
    public int? MinCredits { get; set; }
    public int? MinUnits { get; set; }
    public List<UnitGroupMember> Members { get; set; } = [];
}

public class UnitGroupMember
{
    public int GroupId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>A unit or a whole qualification mapped to an area of a framework (the Common Core first).</summary>
public class FrameworkMapping : IAudited
{
    public const string Full = "full";
    public const string Partial = "partial";

    public int Id { get; set; }
    public int FrameworkAreaId { get; set; }
    public int? UnitId { get; set; }
    public int? QualificationId { get; set; }
    /// <summary><see cref="Full"/> or <see cref="Partial"/>.</summary>
    public required string Strength { get; set; }
    public string? Rationale { get; set; }
    public required string MappedBy { get; set; }
    public DateTime MappedAt { get; set; }
}

/// <summary>How a qualification serves a role: significant (core) or of general relevance; mandatory for the role or not.</summary>
public class RoleQualification : IAudited
{
    public const string Significant = "significant";
    public const string General = "general";

    public int RoleId { get; set; }
    public int QualificationId { get; set; }
    public required string Significance { get; set; }
    public bool Mandatory { get; set; }
    public string? Note { get; set; }
}
