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
/// The candidates of a progression search, indexed once (by unit, and by level in order of learning
/// hours) so that a search over a national catalogue looks only at qualifications that could matter.
/// Immutable: build it once per catalogue version and share it.
/// </summary>
public sealed class ProgressionCatalogue
{
    private static readonly IReadOnlyList<ProgressionOption> None = [];

    public ProgressionCatalogue(IEnumerable<ProgressionOption> options)
    {
        Options = options.Where(o => ProgressionRoutes.Order(o.LevelCode) is >= 0 and < 99).ToList();
        ByReference = Options.GroupBy(o => o.Reference).ToDictionary(g => g.Key, g => g.First());
        ByUnit = Options.SelectMany(o => o.UnitCredits.Keys.Select(u => (Unit: u, Option: o)))
            .GroupBy(x => x.Unit).ToDictionary(g => g.Key, g => (IReadOnlyList<ProgressionOption>)g.Select(x => x.Option).ToList());
        ByLevelQuickest = Options.GroupBy(o => ProgressionRoutes.Order(o.LevelCode))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProgressionOption>)g.OrderBy(o => o.LearningHours ?? int.MaxValue)
                .ThenBy(o => o.Reference, StringComparer.Ordinal).ToList());
    }

    public IReadOnlyList<ProgressionOption> Options { get; }

    public IReadOnlyDictionary<string, ProgressionOption> ByReference { get; }

    /// <summary>The qualifications that contain each unit.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ProgressionOption>> ByUnit { get; }

    /// <summary>The qualifications at each level (by sort order), quickest first.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<ProgressionOption>> ByLevelQuickest { get; }

    public IReadOnlyList<ProgressionOption> WithUnit(string unit) => ByUnit.GetValueOrDefault(unit) ?? None;

    public IReadOnlyList<ProgressionOption> AtLevel(int order) => ByLevelQuickest.GetValueOrDefault(order) ?? None;
}

/// <summary>
/// Progression routes from what someone holds to a target qualification (or any of a set, such as a
/// role's significant qualifications). A step goes up at most one level (seed 002 §6.1: the routes
/// from any starting point are many, so the likely ones are shown). Routes are ranked by fewest steps,
/// then most credit carried over through shared units, then least learning time, then lowest known cost.
/// The search keeps the best partial routes at each depth (a beam). From each partial route it tries
/// only the targets, the qualifications sharing a unit with what is held so far or with a target, and
/// the quickest few a level up: any other step carries no credit and brings no target unit closer, so
/// it would rank below those quickest few and never survive the beam. That keeps a query on a national
/// catalogue (50,000 qualifications, 2,000,000 unit links) to milliseconds.
/// </summary>
public static class ProgressionRoutes
{
    public const int MaxSteps = 6;
    public const int BeamWidth = 40;

    public static IReadOnlyList<ProgressionRoute> Find(IReadOnlyList<ProgressionOption> held, IReadOnlyList<ProgressionOption> candidates,
        IReadOnlySet<string> targets, int take = 5) =>
        Find(held, new ProgressionCatalogue(candidates), targets, take);

    public static IReadOnlyList<ProgressionRoute> Find(IReadOnlyList<ProgressionOption> held, ProgressionCatalogue catalogue,
        IReadOnlySet<string> targets, int take = 5)
    {
        var startLevel = held.Count == 0 ? 0 : held.Max(h => Order(h.LevelCode));
        var heldRefs = held.Select(h => h.Reference).ToHashSet();
        var heldUnits = held.SelectMany(h => h.UnitCredits.Keys).ToHashSet();
        var goals = targets.Where(t => !heldRefs.Contains(t)).Select(t => catalogue.ByReference.GetValueOrDefault(t)).OfType<ProgressionOption>().ToList();
        if (goals.Count == 0)
        {
            return [];
        }
        var goalUnitSets = goals.Select(g => g.UnitCredits.Keys.ToHashSet()).ToList();
        // Qualifications sharing a unit with a target: the only steps that can bring a target's units closer.
        var goalSharers = new HashSet<ProgressionOption>(goalUnitSets.SelectMany(g => g).Distinct().SelectMany(catalogue.WithUnit), ReferenceEqualityComparer.Instance);
        // The same, by level: a step reaches only its own level and the one above (thousands of sharers for a role's targets).
        var sharersAtLevel = goalSharers.GroupBy(o => Order(o.LevelCode)).ToDictionary(g => g.Key, g => g.ToList());
        var overlap = new GoalOverlapCounter(goalUnitSets);
        var found = new List<ProgressionRoute>();
        var beam = new List<Partial> { new([], heldUnits, startLevel, 0, 0, GoalOverlap(goalUnitSets, heldUnits, null)) };
        for (var depth = 1; depth <= MaxSteps && found.Count < take; depth++)
        {
            // The best BeamWidth extensions of all partial routes, kept in a bounded queue whose head is the worst kept.
            var kept = new PriorityQueue<Extension, Extension>(Comparer<Extension>.Create((a, b) => -Better(a, b)));
            for (var p = 0; p < beam.Count; p++)
            {
                var parent = beam[p];
                overlap.StartFrom(parent.Units);
                // Credit each candidate would carry, summed through the unit index: one visit per shared unit.
                var carriedBy = new Dictionary<ProgressionOption, int>(ReferenceEqualityComparer.Instance);
                foreach (var unit in parent.Units)
                {
                    foreach (var option in catalogue.WithUnit(unit))
                    {
                        if (Reachable(option, parent))
                        {
                            carriedBy[option] = carriedBy.GetValueOrDefault(option) + option.UnitCredits[unit];
                        }
                    }
                }
                var tried = new HashSet<ProgressionOption>(carriedBy.Keys, ReferenceEqualityComparer.Instance);
                tried.UnionWith(goals.Where(g => Reachable(g, parent)));
                tried.UnionWith(sharersAtLevel.GetValueOrDefault(parent.Level) ?? []);
                tried.UnionWith(sharersAtLevel.GetValueOrDefault(parent.Level + 1) ?? []);
                tried.UnionWith(catalogue.AtLevel(parent.Level + 1).Where(o => !heldRefs.Contains(o.Reference) && parent.Steps.All(s => s.Qualification != o)).Take(BeamWidth));
                foreach (var option in tried)
                {
                    if (heldRefs.Contains(option.Reference) || parent.Steps.Any(s => s.Qualification.Reference == option.Reference))
                    {
                        continue;
                    }
                    var optionLevel = Order(option.LevelCode);
                    var carried = carriedBy.GetValueOrDefault(option);
                    if (targets.Contains(option.Reference))
                    {
                        found.Add(new ProgressionRoute([.. parent.Steps, Step(option, parent.Units)]));
                        continue;
                    }
                    // Only steps that move up, or that carry credit sideways, are worth continuing from.
                    if (optionLevel > parent.Level || carried > 0)
                    {
                        var nearer = goalSharers.Contains(option) ? overlap.With(option, parent.Units) : parent.Overlap;
                        var extension = new Extension(p, option, Math.Max(parent.Level, optionLevel), parent.Credit + carried, parent.Hours + (option.LearningHours ?? 0), nearer);
                        if (kept.Count < BeamWidth)
                        {
                            kept.Enqueue(extension, extension);
                        }
                        else if (Better(extension, kept.Peek()) < 0)
                        {
                            kept.EnqueueDequeue(extension, extension);
                        }
                    }
                }
            }
            beam = kept.UnorderedItems.Select(k => k.Element).Order(Comparer<Extension>.Create(Better))
                .Select(n => new Partial([.. beam[n.Parent].Steps, Step(n.Option, beam[n.Parent].Units)], [.. beam[n.Parent].Units, .. n.Option.UnitCredits.Keys],
                    n.Level, n.Credit, n.Hours, n.Overlap))
                .ToList();
        }
        return found
            .OrderBy(r => r.StepCount)
            .ThenByDescending(r => r.CreditCarried)
            .ThenBy(r => r.LearningHours ?? int.MaxValue)
            .ThenBy(r => r.Cost ?? decimal.MaxValue)
            .ThenBy(r => string.Join(">", r.Steps.Select(s => s.Qualification.Reference)), StringComparer.Ordinal)
            .Take(take).ToList();
    }

    private sealed record Partial(List<RouteStep> Steps, HashSet<string> Units, int Level, int Credit, int Hours, int Overlap);

    private sealed record Extension(int Parent, ProgressionOption Option, int Level, int Credit, int Hours, int Overlap);

    /// <summary>Negative when <paramref name="a"/> is the better partial route: higher, more credit, nearer a target, quicker; then a fixed order.</summary>
    private static int Better(Extension a, Extension b)
    {
        var order = b.Level.CompareTo(a.Level);
        if (order == 0) order = b.Credit.CompareTo(a.Credit);
        if (order == 0) order = b.Overlap.CompareTo(a.Overlap);
        if (order == 0) order = a.Hours.CompareTo(b.Hours);
        if (order == 0) order = a.Parent.CompareTo(b.Parent);
        return order != 0 ? order : string.CompareOrdinal(a.Option.Reference, b.Option.Reference);
    }

    private static bool Reachable(ProgressionOption option, Partial parent)
    {
        var level = Order(option.LevelCode);
        return level >= parent.Level && level <= parent.Level + 1;
    }

    private static RouteStep Step(ProgressionOption option, HashSet<string> units)
    {
        var carried = option.UnitCredits.Where(u => units.Contains(u.Key)).OrderBy(u => u.Key, StringComparer.Ordinal).ToList();
        return new RouteStep(option, carried.Sum(u => u.Value), carried.Select(u => u.Key).ToList());
    }

    /// <summary>The most units of any one target held after the step (the step's own units count when given).</summary>
    private static int GoalOverlap(List<HashSet<string>> goals, HashSet<string> units, ProgressionOption? step) =>
        goals.Max(g => g.Count(u => units.Contains(u) || (step is not null && step.UnitCredits.ContainsKey(u))));

    /// <summary>
    /// <see cref="GoalOverlap"/> for many steps from one partial route: the targets' held-unit counts are
    /// worked out once per partial route, then each step adds only its own new units through a unit → targets
    /// index, instead of recounting every target's units for every step. Same figure, far fewer lookups.
    /// </summary>
    private sealed class GoalOverlapCounter
    {
        private readonly List<HashSet<string>> goals;
        private readonly Dictionary<string, List<int>> goalsWithUnit = [];
        private readonly int[] held;
        private readonly int[] added;
        private readonly List<int> touched = [];
        private int bestHeld;

        public GoalOverlapCounter(List<HashSet<string>> goals)
        {
            this.goals = goals;
            held = new int[goals.Count];
            added = new int[goals.Count];
            for (var g = 0; g < goals.Count; g++)
            {
                foreach (var unit in goals[g])
                {
                    (goalsWithUnit.TryGetValue(unit, out var list) ? list : goalsWithUnit[unit] = []).Add(g);
                }
            }
        }

        public void StartFrom(HashSet<string> units)
        {
            bestHeld = 0;
            for (var g = 0; g < goals.Count; g++)
            {
                held[g] = goals[g].Count(units.Contains);
                bestHeld = Math.Max(bestHeld, held[g]);
            }
        }

        public int With(ProgressionOption step, HashSet<string> units)
        {
            foreach (var unit in step.UnitCredits.Keys)
            {
                if (units.Contains(unit) || !goalsWithUnit.TryGetValue(unit, out var containing))
                {
                    continue;
                }
                foreach (var g in containing)
                {
                    if (added[g]++ == 0)
                    {
                        touched.Add(g);
                    }
                }
            }
            var best = bestHeld;
            foreach (var g in touched)
            {
                best = Math.Max(best, held[g] + added[g]);
                added[g] = 0;
            }
            touched.Clear();
            return best;
        }
    }

    private static readonly Dictionary<string, int> LevelOrder = QualificationLevels.All.ToDictionary(l => l.Code, l => l.SortOrder);

    internal static int Order(string levelCode) => LevelOrder.GetValueOrDefault(levelCode, 99);
}
