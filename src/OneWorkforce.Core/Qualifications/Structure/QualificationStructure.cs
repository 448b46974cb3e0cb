namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>A unit (module): it can belong to many qualifications.</summary>
public sealed record UnitInfo(string Reference, string Title, string LevelCode, int Credits, int? GuidedLearningHours = null);

/// <summary>
/// A group of units in a qualification's structure. A mandatory group needs every unit; an optional
/// group needs at least <see cref="MinCredits"/> credits and/or <see cref="MinUnits"/> units from it.
/// </summary>
public sealed record UnitGroup(string Code, string Title, bool Mandatory, IReadOnlyList<string> UnitReferences, int? MinCredits = null, int? MinUnits = null);

/// <summary>At least <see cref="MinCredits"/> credits from units at or above <see cref="LevelCode"/>.</summary>
public sealed record LevelCreditRule(string LevelCode, int MinCredits);

/// <summary>How a qualification is made up: its groups and its rules of combination.</summary>
public sealed record QualificationStructure(string QualificationReference, int MinTotalCredits, IReadOnlyList<UnitGroup> Groups, LevelCreditRule? LevelRule = null)
{
    public IEnumerable<string> AllUnits => Groups.SelectMany(g => g.UnitReferences).Distinct();

    public IEnumerable<string> MandatoryUnits => Groups.Where(g => g.Mandatory).SelectMany(g => g.UnitReferences).Distinct();
}
