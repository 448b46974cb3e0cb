namespace OneWorkforce.Core.Reference;

/// <summary>A framework of areas that units and qualifications map to (the Common Core first; others fit the same shape).</summary>
public class Framework
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Version { get; set; }
    public required string Title { get; set; }
    public List<FrameworkArea> Areas { get; set; } = [];
}

public class FrameworkArea
{
    public int Id { get; set; }
    public int FrameworkId { get; set; }
    public Framework? Framework { get; set; }
    public required string Code { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
}

/// <summary>A link between areas of two frameworks or versions; <c>exactMatchOf</c> as in CASE 1.0.</summary>
public class FrameworkAreaMatch
{
    public const string ExactMatch = "exactMatchOf";
    public int Id { get; set; }
    public int FromAreaId { get; set; }
    public FrameworkArea? FromArea { get; set; }
    public int ToAreaId { get; set; }
    public FrameworkArea? ToArea { get; set; }
    public required string Kind { get; set; }
}

/// <summary>A stored entry of a code list (workforce sectors, organisation categories and the like).</summary>
public class CodeEntry
{
    public required string List { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A stored arc of the One Children's Workforce Tool rainbow.</summary>
public class Arc
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public required string Colour { get; set; }
    public required string ColourHex { get; set; }
}

public class Stage
{
    public int Number { get; set; }
    public required string Name { get; set; }
}

public class ScalePoint
{
    public int Value { get; set; }
    public required string Label { get; set; }
}

/// <summary>A stored qualification level.</summary>
public class Level
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public int? EqfLevel { get; set; }
}

/// <summary>A role in the children's workforce.</summary>
public class Role
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary><c>core</c> or <c>wider</c> (see <see cref="WorkforceCodeLists.WorkforceTypes"/>).</summary>
    public required string WorkforceType { get; set; }
    public List<RoleSector> Sectors { get; set; } = [];
}

public class RoleSector
{
    public int RoleId { get; set; }
    public required string SectorCode { get; set; }
}
