namespace OneWorkforce.Core.Qualifications;

/// <summary>An awarding body or university, with the other names it is known by.</summary>
public class AwardingBody
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary><see cref="AwardingBodyName.Key"/> of the name: unique.</summary>
    public required string Key { get; set; }
    public List<AwardingBodyAlias> Aliases { get; set; } = [];
}

public class AwardingBodyAlias
{
    public int Id { get; set; }
    public int AwardingBodyId { get; set; }
    public required string Alias { get; set; }
    /// <summary><see cref="AwardingBodyName.Key"/> of the alias: unique across all bodies.</summary>
    public required string Key { get; set; }
}
