using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications.Structure;

/// <summary>A qualification as a step on a route: its level, its units (with credits), learning time and known cost.</summary>
public sealed record ProgressionOption(string Reference, string Title, string LevelCode, IReadOnlyDictionary<string, int> UnitCredits, int? LearningHours, decimal? Cost);

/// <summary>One step of a route, with the credit it carries over from what is already held.</summary>
public sealed record RouteStep(ProgressionOption Qualification, int CreditCarried, IReadOnlyList<string> UnitsCarried)
{
    public string Explanation => CreditCarried == 0
        ? $"Take {Qualification.Title} ({Qualification.Reference})."
        : $"Take {Qualification.Title} ({Qualification.Reference}): you keep {CreditCarried} credits from units {string.Join(", ", UnitsCarried)}.";
}

public sealed record ProgressionRoute(IReadOnlyList<RouteStep> Steps)
{
    public int StepCount => Steps.Count;
    public int CreditCarried => Steps.Sum(s => s.CreditCarried);
    /// <summary>Learning hours of the steps that give them; null when any step's hours are unknown.</summary>
    public int? LearningHours => Steps.All(s => s.Qualification.LearningHours is not null) ? Steps.Sum(s => s.Qualification.LearningHours!.Value) : null;
    public decimal? Cost => Steps.All(s => s.Qualification.Cost is not null) ? Steps.Sum(s => s.Qualification.Cost!.Value) : null;
}

/// <summary>
/// Progression routes from what someone holds to a target qualification (or any of a set, such as a
/// role's significant qualifications). A step goes up at most one level (seed 002 §6.1: the routes
/// from any starting point are many, so the likely ones are shown). Routes are ranked by fewest steps,
/// then most credit carried over through shared units, then least learning time, then lowest known cost.
/// The search keeps the best partial routes at each depth (a beam), so it stays fast on a national catalogue.
/// </summary>
public static class ProgressionRoutes
{
    public const int MaxSteps = 6;
    public const int BeamWidth = 40;

    public static IReadOnlyList<ProgressionRoute> Find(IReadOnlyList<ProgressionOption> held, IReadOnlyList<ProgressionOption> candidates,
        IReadOnlySet<string> targets, int take = 5)
    {
        var startLevel = held.Count == 0 ? 0 : held.Max(h => Order(h.LevelCode));
        var heldUnits = held.SelectMany(h => h.UnitCredits.Keys).ToHashSet();
        var usable = candidates.Where(c => Order(c.LevelCode) is >= 0 and < 99 && !held.Any(h => h.Reference == c.Reference)).ToList();
        var goals = usable.Where(c => targets.Contains(c.Reference)).ToList();
        if (goals.Count == 0)
        {
            return [];
        }
        var found = new List<ProgressionRoute>();
        var beam = new List<(List<RouteStep> Steps, HashSet<string> Units, int Level)> { ([], heldUnits, startLevel) };
        for (var depth = 1; depth <= MaxSteps && found.Count < take; depth++)
        {
            var next = new List<(List<RouteStep> Steps, HashSet<string> Units, int Level)>();
            foreach (var (steps, units, level) in beam)
            {
                foreach (var option in usable.Where(o => Order(o.LevelCode) <= level + 1 && Order(o.LevelCode) >= level && steps.All(s => s.Qualification.Reference != o.Reference)))
                {
                    var carried = option.UnitCredits.Where(u => units.Contains(u.Key)).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
                    var step = new RouteStep(option, carried.Sum(u => u.Value), carried.Select(u => u.Key).ToList());
                    var route = new List<RouteStep>(steps) { step };
                    if (targets.Contains(option.Reference))
                    {
                        found.Add(new ProgressionRoute(route));
                        continue;
                    }
                    // Only steps that move up, or that carry credit sideways, are worth continuing from.
                    if (Order(option.LevelCode) > level || step.CreditCarried > 0)
                    {
                        next.Add((route, [.. units, .. option.UnitCredits.Keys], Math.Max(level, Order(option.LevelCode))));
                    }
                }
            }
            beam = next
                .OrderByDescending(b => b.Level)
                .ThenByDescending(b => b.Steps.Sum(s => s.CreditCarried))
                .ThenByDescending(b => goals.Max(g => g.UnitCredits.Keys.Count(b.Units.Contains)))
                .ThenBy(b => b.Steps.Sum(s => s.Qualification.LearningHours ?? 0))
                .Take(BeamWidth).ToList();
        }
        return found
            .OrderBy(r => r.StepCount)
            .ThenByDescending(r => r.CreditCarried)
            .ThenBy(r => r.LearningHours ?? int.MaxValue)
            .ThenBy(r => r.Cost ?? decimal.MaxValue)
            .ThenBy(r => string.Join(">", r.Steps.Select(s => s.Qualification.Reference)), StringComparer.Ordinal)
            .Take(take).ToList();
    }

    private static int Order(string levelCode) => QualificationLevels.Find(levelCode)?.SortOrder ?? 99;
}
