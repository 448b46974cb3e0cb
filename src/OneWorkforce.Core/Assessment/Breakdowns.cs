namespace OneWorkforce.Core.Assessment;

/// <summary>The figures of one respondent group or locality, or why they are hidden.</summary>
public sealed record BreakdownRow(string Key, int Respondents, MatrixFigures? Figures)
{
    /// <summary>True when fewer than <see cref="RespondentGroups.MinimumToShow"/> people answered: no figure is shown.</summary>
    public bool Suppressed => Figures is null;
}

/// <summary>Comparisons inside one cycle (by group, by locality) and with an earlier cycle.</summary>
public static class Breakdowns
{
    /// <summary>
    /// The matrix for each value of <paramref name="key"/> (a group or a locality). A value with fewer than
    /// <see cref="RespondentGroups.MinimumToShow"/> respondents is listed with its count but no figures,
    /// so nobody's answers can be picked out.
    /// </summary>
    public static IReadOnlyList<BreakdownRow> By(IReadOnlyCollection<CellScore> scores, Func<CellScore, string?> key, IEnumerable<string> keys)
    {
        var byKey = scores.Where(s => key(s) is not null).ToLookup(s => key(s)!);
        var wanted = keys.Distinct().ToList();
        return By(wanted.ToDictionary(k => k, k => MatrixAnalysis.Tally(byKey[k])), wanted);
    }

    /// <summary>The same from running totals kept per group or locality.</summary>
    public static IReadOnlyList<BreakdownRow> By(IReadOnlyDictionary<string, ScoreTally> tallies, IEnumerable<string> keys) =>
        keys.Select(k =>
        {
            var respondents = tallies.TryGetValue(k, out var tally) ? tally.Respondents : 0;
            return new BreakdownRow(k, respondents, respondents >= RespondentGroups.MinimumToShow ? tally!.Figures() : null);
        }).ToList();
}

/// <summary>The change in one cell or arc since an earlier cycle (null where either has no score).</summary>
public sealed record Change(int Arc, int? Stage, decimal? Earlier, decimal? Now)
{
    public decimal? Difference => Earlier is { } e && Now is { } n ? MatrixAnalysis.Round(n) - MatrixAnalysis.Round(e) : null;
}

public static class CycleComparison
{
    /// <summary>Per cell and per arc: the earlier mean, the current one and the change (of the figures as shown, to two places).</summary>
    public static (IReadOnlyList<Change> Cells, IReadOnlyList<Change> Arcs, Change Overall) Compare(MatrixFigures earlier, MatrixFigures now)
    {
        var cells = now.Cells.Select(c => new Change(c.Arc, c.Stage, earlier.Cell(c.Arc, c.Stage).Mean, c.Mean)).ToList();
        var arcs = now.Arcs.Select(a => new Change(a.Number, null, earlier.Arc(a.Number).Mean, a.Mean)).ToList();
        return (cells, arcs, new Change(0, null, earlier.Overall, now.Overall));
    }
}
