using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Assessment;

/// <summary>A drafted finding: a sentence and the score behind it.</summary>
public sealed record Finding(string Text, int Arc, int? Stage, decimal Score);

/// <summary>The strengths and areas to develop drafted from the figures, for the lead to edit.</summary>
public sealed record DraftFindings(IReadOnlyList<Finding> Strengths, IReadOnlyList<Finding> AreasToDevelop, decimal Threshold);

/// <summary>
/// Drafts the two lists seed 001 gives ("What are we really good at? What scored highly in the
/// assessment?" and "What do we think we need to improve? What scored very low in the assessment?"):
/// the highest and lowest cells and arcs, and every arc and cell under the threshold (3.00 by default,
/// the score seed 003 takes as reasonable).
/// </summary>
public static class FindingsDraft
{
    public const int CellsEachWay = 3;

    public static DraftFindings Draft(MatrixFigures figures, decimal? threshold = null)
    {
        var bar = threshold ?? Ocwt.ReasonableScore;
        var scoredCells = figures.Cells.Where(c => c.Mean is not null).ToList();
        var scoredArcs = figures.Arcs.Where(a => a.Mean is not null).ToList();
        var strengths = new List<Finding>();
        var develop = new List<Finding>();
        if (scoredArcs.Count > 0)
        {
            var best = scoredArcs.MaxBy(a => a.Mean)!;
            strengths.Add(new Finding($"{ArcName(best.Number)} scored highest of the arcs, averaging {Show(best.Mean!.Value)}.", best.Number, null, best.Mean!.Value));
            var worst = scoredArcs.MinBy(a => a.Mean)!;
            develop.Add(new Finding($"{ArcName(worst.Number)} scored lowest of the arcs, averaging {Show(worst.Mean!.Value)}.", worst.Number, null, worst.Mean!.Value));
        }
        foreach (var cell in scoredCells.OrderByDescending(c => c.Mean).ThenBy(c => c.Arc).ThenBy(c => c.Stage).Take(CellsEachWay))
        {
            strengths.Add(new Finding($"{ArcName(cell.Arc)}: {StageName(cell.Stage)} scored {Show(cell.Mean!.Value)}, among the highest cells.", cell.Arc, cell.Stage, cell.Mean!.Value));
        }
        foreach (var cell in scoredCells.OrderBy(c => c.Mean).ThenBy(c => c.Arc).ThenBy(c => c.Stage).Take(CellsEachWay))
        {
            develop.Add(new Finding($"{ArcName(cell.Arc)}: {StageName(cell.Stage)} scored {Show(cell.Mean!.Value)}, among the lowest cells.", cell.Arc, cell.Stage, cell.Mean!.Value));
        }
        foreach (var arc in scoredArcs.Where(a => MatrixAnalysis.Round(a.Mean!.Value) < bar && develop.All(d => d.Arc != a.Number || d.Stage is not null)).OrderBy(a => a.Mean))
        {
            develop.Add(new Finding($"{ArcName(arc.Number)} averages {Show(arc.Mean!.Value)}, below the {bar:0.00} taken as reasonable.", arc.Number, null, arc.Mean!.Value));
        }
        return new DraftFindings(strengths, develop, bar);
    }

    private static string Show(decimal value) => MatrixAnalysis.Round(value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string ArcName(int arc) => Ocwt.Arcs.Single(a => a.Number == arc).Name;

    private static string StageName(int stage) => Ocwt.Stages.Single(s => s.Number == stage).Name.ToLowerInvariant();
}
