namespace OneWorkforce.Core.Areas;

/// <summary>A district or locality inside an area, for example Hereford or Leominster.</summary>
public class District
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Name { get; set; }
}
