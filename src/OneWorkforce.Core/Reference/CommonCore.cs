namespace OneWorkforce.Core.Reference;

/// <summary>An area of the Common Core of Skills and Knowledge, with its 2005 and 2010 wording.</summary>
public sealed record CommonCoreArea(int Number, string Title2010, string Title2005);

/// <summary>
/// The Common Core of Skills and Knowledge (DfES 2005, refreshed 2010): six areas.
/// Both versions are kept as framework versions, each area of one an exact match of the same area of the other.
/// </summary>
public static class CommonCore
{
    public const string FrameworkCode = "common-core";

    public static readonly IReadOnlyList<CommonCoreArea> Areas =
    [
        new(1, "Effective communication and engagement with children, young people and families",
               "Effective communication and engagement with children, young people, their families and carers"),
        new(2, "Child and young person development", "Child and young person development"),
        new(3, "Safeguarding and promoting the welfare of the child", "Safeguarding and promoting the welfare of the child"),
        new(4, "Supporting transitions", "Supporting transitions"),
        new(5, "Multi-agency and integrated working", "Multi-agency working"),
        new(6, "Information sharing", "Sharing information"),
    ];

    public static readonly IReadOnlyList<FrameworkDefinition> Versions =
    [
        new(FrameworkCode, "2005", "Common Core of Skills and Knowledge (2005)",
            Areas.Select(a => new FrameworkAreaDefinition(AreaCode("2005", a.Number), a.Number, a.Title2005)).ToList()),
        new(FrameworkCode, "2010", "Common Core of Skills and Knowledge (2010)",
            Areas.Select(a => new FrameworkAreaDefinition(AreaCode("2010", a.Number), a.Number, a.Title2010)).ToList()),
    ];

    /// <summary>Stable code of an area in a version, for example <c>CC2010-3</c>.</summary>
    public static string AreaCode(string version, int number) => $"CC{version}-{number}";
}

public sealed record FrameworkDefinition(string Code, string Version, string Title, IReadOnlyList<FrameworkAreaDefinition> Areas);

public sealed record FrameworkAreaDefinition(string Code, int Number, string Title);
