using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>
/// Checks a qualification's rules of combination against the units someone holds, and works out the
/// smallest set of further units that completes it.
/// </summary>
public static class RulesOfCombination
{
    public static CreditAssessment Assess(QualificationStructure structure, IReadOnlyDictionary<string, UnitInfo> units, IReadOnlySet<string> held)
    {
        var counted = structure.AllUnits.Where(held.Contains).ToList();
        var groups = structure.Groups.Select(g => Progress(g, units, held)).ToList();
        var credits = counted.Sum(u => units[u].Credits);
        var levelCredits = structure.LevelRule is { } rule ? counted.Where(u => AtOrAbove(units[u], rule.LevelCode)).Sum(u => units[u].Credits) : 0;
        var met = groups.All(g => g.Met) && credits >= structure.MinTotalCredits
                  && (structure.LevelRule is null || levelCredits >= structure.LevelRule.MinCredits);
        var toAdd = met ? [] : UnitsToComplete(structure, units, held);
        return new CreditAssessment(structure.QualificationReference, credits, structure.MinTotalCredits, met, groups,
            toAdd, toAdd.Sum(u => units[u].Credits), counted);
    }

    private static GroupProgress Progress(UnitGroup group, IReadOnlyDictionary<string, UnitInfo> units, IReadOnlySet<string> held)
    {
        var have = group.UnitReferences.Where(held.Contains).ToList();
        var credits = have.Sum(u => units[u].Credits);
        if (group.Mandatory)
        {
            var missing = group.UnitReferences.Count - have.Count;
            return new GroupProgress(group.Code, group.Title, credits, have.Count, missing == 0,
                missing == 0 ? "All mandatory units held" : $"{missing} of {group.UnitReferences.Count} mandatory units still to do");
        }
        var creditsShort = Math.Max(0, (group.MinCredits ?? 0) - credits);
        var unitsShort = Math.Max(0, (group.MinUnits ?? 0) - have.Count);
        var explanation = (creditsShort, unitsShort) switch
        {
            (0, 0) => "Rule met",
            ( > 0, 0) => $"{creditsShort} more credits needed from this group",
            (0, > 0) => $"{unitsShort} more units needed from this group",
            _ => $"{unitsShort} more units and {creditsShort} more credits needed from this group",
        };
        return new GroupProgress(group.Code, group.Title, credits, have.Count, creditsShort == 0 && unitsShort == 0, explanation);
    }

    /// <summary>
    /// Fewest units first: every missing mandatory unit; then, group by group, the largest units until
    /// the group's minimums are met; then the largest remaining units until the total and the level rule are met.
    /// Taking the largest units first reaches a credit total with the fewest units.
    /// </summary>
    private static List<string> UnitsToComplete(QualificationStructure structure, IReadOnlyDictionary<string, UnitInfo> units, IReadOnlySet<string> held)
    {
        var chosen = new HashSet<string>(held);
        var added = new List<string>();
        void Add(string unit)
        {
            if (chosen.Add(unit))
            {
                added.Add(unit);
            }
        }
        IEnumerable<string> Largest(IEnumerable<string> candidates) =>
            candidates.Where(u => !chosen.Contains(u)).OrderByDescending(u => units[u].Credits).ThenBy(u => u, StringComparer.Ordinal).ToList();

        foreach (var unit in structure.MandatoryUnits)
        {
            Add(unit);
        }
        foreach (var group in structure.Groups.Where(g => !g.Mandatory))
        {
            foreach (var unit in Largest(group.UnitReferences))
            {
                var have = group.UnitReferences.Where(chosen.Contains).ToList();
                if (have.Count >= (group.MinUnits ?? 0) && have.Sum(u => units[u].Credits) >= (group.MinCredits ?? 0))
                {
                    break;
                }
                Add(unit);
            }
        }
        if (structure.LevelRule is { } rule)
        {
            foreach (var unit in Largest(structure.AllUnits.Where(u => AtOrAbove(units[u], rule.LevelCode))))
            {
                if (structure.AllUnits.Where(chosen.Contains).Where(u => AtOrAbove(units[u], rule.LevelCode)).Sum(u => units[u].Credits) >= rule.MinCredits)
                {
                    break;
                }
                Add(unit);
            }
        }
        foreach (var unit in Largest(structure.AllUnits))
        {
            if (structure.AllUnits.Where(chosen.Contains).Sum(u => units[u].Credits) >= structure.MinTotalCredits)
            {
                break;
            }
            Add(unit);
        }
        return added;
    }

    private static bool AtOrAbove(UnitInfo unit, string levelCode) =>
        (QualificationLevels.Find(unit.LevelCode)?.SortOrder ?? -1) is var order && order != 99 && order >= (QualificationLevels.Find(levelCode)?.SortOrder ?? int.MaxValue);
}
