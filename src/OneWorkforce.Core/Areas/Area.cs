namespace OneWorkforce.Core.Areas;

/// <summary>
/// An area: a local authority partnership. Areas are tenants: everything an area owns
/// (organisations, people, assessments, plans) is seen only by that area and the owners of the data.
/// </summary>
public class Area
{
    public int Id { get; set; }
    /// <summary>ONS area code, for example E10000018 (Leicestershire).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<District> Districts { get; set; } = [];
    public List<Organisation> Organisations { get; set; } = [];
}
