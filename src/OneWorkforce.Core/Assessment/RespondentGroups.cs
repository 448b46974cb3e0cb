namespace OneWorkforce.Core.Assessment;

/// <summary>A group of people asked to rate the workforce, each with statements worded for them.</summary>
public sealed record RespondentGroup(string Code, string Name, string Description);

/// <summary>The four respondent groups of the One Children's Workforce Tool (seed 003 §3.3).</summary>
public static class RespondentGroups
{
    public const string Leaders = "leaders";
    public const string Frontline = "frontline";
    public const string Partners = "partners";
    public const string ChildrenAndFamilies = "children-families";

    public static readonly IReadOnlyList<RespondentGroup> All =
    [
        new(Leaders, "Leaders and managers", "People who lead or manage services for children, young people and families"),
        new(Frontline, "Frontline staff and their managers", "People who work or volunteer with children, young people and families, and their line managers"),
        new(Partners, "Partners", "Partner organisations: schools, health, charities, the police, youth and uniformed groups"),
        new(ChildrenAndFamilies, "Children, young people and families", "The children, young people, parents and carers who use the services"),
    ];

    public static RespondentGroup? Find(string? code) => All.FirstOrDefault(g => g.Code == code?.Trim().ToLowerInvariant());

    /// <summary>Breakdowns by group or locality are not shown for fewer answers than this (PRODUCT.md §5).</summary>
    public const int MinimumToShow = 5;
}
