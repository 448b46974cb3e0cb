namespace OneWorkforce.Core.Reference;

/// <summary>An arc of the One Children's Workforce Tool rainbow.</summary>
public sealed record OcwtArc(int Number, string Name, string Colour, string ColourHex);

/// <summary>A stage of the One Children's Workforce Tool.</summary>
public sealed record OcwtStage(int Number, string Name);

/// <summary>A point on the 1 (fragmented) to 5 (integrated and reformed) scale.</summary>
public sealed record OcwtScalePoint(int Value, string Label);

/// <summary>The One Children's Workforce Tool framework: 8 arcs by 8 stages, rated 1 to 5 (seeds 001 and 003).</summary>
public static class Ocwt
{
    public static readonly IReadOnlyList<OcwtArc> Arcs =
    [
        new(1, "Shared identity, purpose and vision", "red", "#d4351c"),
        new(2, "Common values and language", "orange", "#f47738"),
        new(3, "Behaviours focused on positive outcomes", "yellow", "#ffdd00"),
        new(4, "Integrated working practices", "green", "#00703c"),
        new(5, "High quality, appropriately trained workforce", "blue", "#1d70b8"),
        new(6, "Complementary roles", "indigo", "#4c2c92"),
        new(7, "Capacity to deliver and keep children safe", "violet", "#912b88"),
        new(8, "Every Child Matters outcomes", "grey", "#505a5f"),
    ];

    public static readonly IReadOnlyList<OcwtStage> Stages =
    [
        new(1, "Define what's needed"),
        new(2, "Get the right people to help"),
        new(3, "Develop it"),
        new(4, "Get it working across the workforce"),
        new(5, "Ensure it makes a difference"),
        new(6, "Make it user friendly"),
        new(7, "Get it established day-to-day"),
        new(8, "Regularly review and improve"),
    ];

    /// <summary>Seed 003 §4.2: 1 indicates a fragmented workforce, 5 an integrated and reformed one; 3.00 is "reasonable".</summary>
    public static readonly IReadOnlyList<OcwtScalePoint> Scale =
    [
        new(1, "Fragmented"),
        new(2, "Starting to integrate"),
        new(3, "Reasonable"),
        new(4, "Mostly integrated"),
        new(5, "Integrated and reformed"),
    ];

    /// <summary>The score seed 003 treats as reasonable: arcs below it are areas to develop.</summary>
    public const decimal ReasonableScore = 3.00m;
}
