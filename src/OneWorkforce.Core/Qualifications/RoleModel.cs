using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Qualifications;

/// <summary>
/// A named way of grouping roles into workforce clusters. Seed 002: "the allocation of a role to a
/// workforce cluster has varied ... it is possible to vary cluster allocation according to chosen criteria".
/// </summary>
public class ClusterScheme : IAudited
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public List<RoleCluster> Allocations { get; set; } = [];
}

/// <summary>The cluster a role is in under one scheme.</summary>
public class RoleCluster : IAudited
{
    public int SchemeId { get; set; }
    public int RoleId { get; set; }
    public required string Cluster { get; set; }
}

/// <summary>
/// What a role asks of someone coming into it: a minimum level and/or a list of accepted
/// qualifications. The national requirement has no area; an area's variation overrides it there
/// (seed 002: "a different qualification requirement for some roles in different parts of the country").
/// </summary>
public class RoleRequirement : IAudited
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int? AreaId { get; set; }
    public string? MinimumLevelCode { get; set; }
    public string? Summary { get; set; }
    public List<RoleRequirementQualification> Accepted { get; set; } = [];
}

public class RoleRequirementQualification
{
    public int RequirementId { get; set; }
    public int QualificationId { get; set; }
}

/// <summary>A training provider offering a qualification somewhere, with what it costs and how it is delivered.</summary>
public class ProviderOffer : IAudited
{
    public int Id { get; set; }
    public int QualificationId { get; set; }
    public required string Provider { get; set; }
    /// <summary>The area the offer is for; none means offered nationally.</summary>
    public int? AreaId { get; set; }
    public string? District { get; set; }
    /// <summary>A code of <see cref="ProviderOffers.DeliveryModes"/>.</summary>
    public required string DeliveryMode { get; set; }
    /// <summary>Cost to the learner or employer in pence, when known (whole pence so both databases compare it exactly).</summary>
    public int? CostPence { get; set; }
    public string? Funding { get; set; }
    public string? StartDates { get; set; }
    public string? Url { get; set; }
}

public static class ProviderOffers
{
    public static readonly IReadOnlyList<(string Code, string Label)> DeliveryModes =
    [
        ("classroom", "Classroom"),
        ("online", "Online"),
        ("blended", "Blended (classroom and online)"),
        ("work-based", "Work-based"),
    ];

    public static string Label(string code) => DeliveryModes.FirstOrDefault(m => m.Code == code).Label ?? code;
}
