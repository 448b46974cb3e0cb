using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Areas;

/// <summary>An employer or group in an area: a nursery, school, youth club, charity, health team or uniformed group.</summary>
public class Organisation : IAudited
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
    /// <summary>The organisation's reference, unique in its area (used to match bulk uploads).</summary>
    public required string Reference { get; set; }
    public required string Name { get; set; }
    /// <summary>Sector of employer code: statutory, maintained, private, voluntary or independent.</summary>
    public required string EmployerSector { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<OrganisationCategoryLink> Categories { get; set; } = [];
}

public class OrganisationCategoryLink
{
    public int OrganisationId { get; set; }
    public required string CategoryCode { get; set; }
}
