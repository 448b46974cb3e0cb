namespace OneWorkforce.Core.Plans;

public sealed record ActionStatus(string Code, string Name, string Rag, string TagColour);

/// <summary>Where an action stands, with the red / amber / green rating it reports as.</summary>
public static class ActionStatuses
{
    public const string NotStarted = "not-started";
    public const string OnTrack = "on-track";
    public const string AtRisk = "at-risk";
    public const string OffTrack = "off-track";
    public const string Done = "done";

    public static readonly IReadOnlyList<ActionStatus> All =
    [
        new(NotStarted, "Not started", "grey", "grey"),
        new(OnTrack, "On track", "green", "green"),
        new(AtRisk, "At risk", "amber", "yellow"),
        new(OffTrack, "Off track", "red", "red"),
        new(Done, "Done", "blue", "blue"),
    ];

    public static ActionStatus? Find(string? code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Name, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Which arcs an action links to: some of the eight, or all of them.</summary>
public static class ActionArcs
{
    public const string All = "all";

    public static IReadOnlyList<int> Numbers(string arcs) =>
        arcs == All ? Enumerable.Range(1, 8).ToList() : arcs.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public static string Describe(string arcs) =>
        arcs == All ? "All arcs" : string.Join(", ", Numbers(arcs).Select(n => Reference.Ocwt.Arcs[n - 1].Name));

    /// <summary>The stored form of a choice of arcs: all eight (or none chosen with <paramref name="all"/>) is "all".</summary>
    public static string From(IEnumerable<int> numbers, bool all)
    {
        var chosen = numbers.Where(n => n is >= 1 and <= 8).Distinct().Order().ToList();
        return all || chosen.Count == 8 ? All : string.Join(',', chosen);
    }
}
