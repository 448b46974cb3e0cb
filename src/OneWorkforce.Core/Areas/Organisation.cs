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
    /// <summary>Workforce sector codes separated by semicolons; the first is its main sector.</summary>
    public string? WorkforceSectors { get; set; }
    public int? DistrictId { get; set; }
    /// <summary>Age range codes separated by semicolons.</summary>
    public string? AgeRanges { get; set; }
    public string? SizeBand { get; set; }
    public string? TurnoverBand { get; set; }
    public string? TrainingBudgetBand { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>The organisation's managers let the area lead see its people one by one (never ethnicity or disability).</summary>
    public bool SharesPeopleWithArea { get; set; }
    /// <summary>The date a manager last confirmed the organisation's workforce data as correct at.</summary>
    public DateOnly? DataConfirmedOn { get; set; }
    /// <summary>What the organisation does, as its public directory listing says it.</summary>
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    /// <summary>District ids served, separated by semicolons, or <c>all</c> for the whole area; null when not said.</summary>
    public string? DistrictsServed { get; set; }
    /// <summary>Null when not in the directory; <c>requested</c> while the area lead has still to approve it; <c>listed</c>.</summary>
    public string? ListingStatus { get; set; }
    /// <summary>When the listing was last confirmed as correct (by approval or by the organisation saving it); due for review 12 months on.</summary>
    public DateOnly? ListingConfirmedOn { get; set; }

    public string? MainSector => WorkforceSectors?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}

public class OrganisationCategoryLink
{
    public int OrganisationId { get; set; }
    public required string CategoryCode { get; set; }
}
