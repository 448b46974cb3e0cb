using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Assessment;

/// <summary>Everything the analysis page, the report, the API and the CLI show about one cycle.</summary>
public sealed record CycleAnalysis(
    Area Area,
    AssessmentCycle Cycle,
    MatrixFigures Figures,
    DraftFindings Findings,
    IReadOnlyList<BreakdownRow> ByGroup,
    IReadOnlyList<BreakdownRow> ByLocality,
    AssessmentCycle? Earlier,
    CycleChanges? Changes,
    IReadOnlyList<MatrixEvidence> Matrices);

public sealed record CycleChanges(IReadOnlyList<Change> Cells, IReadOnlyList<Change> Arcs, Change Overall);

/// <summary>Works out a cycle's analysis from its stored scores.</summary>
public sealed class CycleAnalyses(OneWorkforceDbContext db, AssessmentCycles cycles)
{
    /// <param name="earlierCycleId">A cycle of the same area to compare with; none for no comparison.</param>
    public async Task<CycleAnalysis> AnalyseAsync(Area area, AssessmentCycle cycle, int? earlierCycleId = null, CancellationToken cancellationToken = default)
    {
        var tallies = await cycles.TalliesAsync(cycle.Id, cancellationToken);
        var figures = tallies.All.Figures();
        var districts = await db.Districts.AsNoTracking().Where(d => d.AreaId == area.Id).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        AssessmentCycle? earlier = null;
        CycleChanges? changes = null;
        if (earlierCycleId is { } earlierId && earlierId != cycle.Id)
        {
            earlier = await db.AssessmentCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == earlierId && c.AreaId == area.Id, cancellationToken);
            if (earlier is not null)
            {
                var (cells, arcs, overall) = CycleComparison.Compare((await cycles.TalliesAsync(earlier.Id, cancellationToken)).All.Figures(), figures);
                changes = new CycleChanges(cells, arcs, overall);
            }
        }
        return new CycleAnalysis(area, cycle, figures, FindingsDraft.Draft(figures, cycle.ThresholdHundredths / 100m),
            Breakdowns.By(tallies.ByGroup, cycle.Groups),
            Breakdowns.By(tallies.ByLocality, districts),
            earlier, changes, await cycles.MatricesAsync(cycle.Id, cancellationToken));
    }
}

/// <summary>The analysis as data: the shape of the API answer and of <c>assessment report --format json</c>, and the CSV rows.</summary>
public static class CycleReport
{
    private static decimal? Shown(decimal? value) => value is { } v ? MatrixAnalysis.Round(v) : null;

    private static object Matrix(MatrixFigures f) => new
    {
        overall = Shown(f.Overall),
        scores = f.Count,
        respondents = f.Respondents,
        arcs = f.Arcs.Select(a => new { arc = a.Number, name = Ocwt.Arcs[a.Number - 1].Name, colour = Ocwt.Arcs[a.Number - 1].Colour, mean = Shown(a.Mean), count = a.Count }),
        stages = f.Stages.Select(s => new { stage = s.Number, name = Ocwt.Stages[s.Number - 1].Name, mean = Shown(s.Mean), count = s.Count }),
        cells = f.Cells.Select(c => new { arc = c.Arc, stage = c.Stage, mean = Shown(c.Mean), count = c.Count, dontKnow = c.DontKnow, distribution = c.Distribution }),
    };

    private static object Breakdown(BreakdownRow row, Func<string, string> name) => new
    {
        key = row.Key,
        name = name(row.Key),
        respondents = row.Respondents,
        suppressed = row.Suppressed,
        note = row.Suppressed ? $"Not shown: fewer than {RespondentGroups.MinimumToShow} people answered" : null,
        figures = row.Figures is null ? null : Matrix(row.Figures),
    };

    public static object Json(CycleAnalysis a) => new
    {
        area = new { a.Area.Code, a.Area.Name },
        cycle = new { a.Cycle.Id, a.Cycle.Name, a.Cycle.PeriodStart, a.Cycle.PeriodEnd, a.Cycle.Status, groups = a.Cycle.Groups },
        analysis = Matrix(a.Figures),
        threshold = a.Findings.Threshold,
        strengths = a.Findings.Strengths.Select(f => f.Text),
        areasToDevelop = a.Findings.AreasToDevelop.Select(f => f.Text),
        byGroup = a.ByGroup.Select(r => Breakdown(r, k => RespondentGroups.Find(k)?.Name ?? k)),
        byLocality = a.ByLocality.Select(r => Breakdown(r, k => k)),
        comparison = a.Changes is null ? null : new
        {
            with = a.Earlier!.Name,
            overall = new { earlier = Shown(a.Changes.Overall.Earlier), now = Shown(a.Changes.Overall.Now), change = a.Changes.Overall.Difference },
            arcs = a.Changes.Arcs.Select(c => new { arc = c.Arc, earlier = Shown(c.Earlier), now = Shown(c.Now), change = c.Difference }),
            cells = a.Changes.Cells.Select(c => new { arc = c.Arc, stage = c.Stage, earlier = Shown(c.Earlier), now = Shown(c.Now), change = c.Difference }),
        },
        evidence = a.Matrices.Select(m => new { m.Source, group = m.GroupCode, cells = m.Cells.Count, m.EnteredAt }),
    };

    public static readonly IReadOnlyList<string> CsvHeader = ["Figure", "Arc", "Stage", "Mean", "Count", "Don't know", "Text"];

    public static IEnumerable<IReadOnlyList<string>> CsvRows(CycleAnalysis a)
    {
        static string N(decimal? v) => v is { } x ? MatrixAnalysis.Round(x).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "";
        foreach (var c in a.Figures.Cells)
        {
            yield return ["cell", Ocwt.Arcs[c.Arc - 1].Name, Ocwt.Stages[c.Stage - 1].Name, N(c.Mean), c.Count.ToString(), c.DontKnow.ToString(), ""];
        }
        foreach (var arc in a.Figures.Arcs)
        {
            yield return ["arc average", Ocwt.Arcs[arc.Number - 1].Name, "", N(arc.Mean), arc.Count.ToString(), "", ""];
        }
        foreach (var stage in a.Figures.Stages)
        {
            yield return ["stage average", "", Ocwt.Stages[stage.Number - 1].Name, N(stage.Mean), stage.Count.ToString(), "", ""];
        }
        yield return ["overall average", "", "", N(a.Figures.Overall), a.Figures.Count.ToString(), "", ""];
        foreach (var f in a.Findings.Strengths)
        {
            yield return ["strength", Ocwt.Arcs[f.Arc - 1].Name, f.Stage is { } s ? Ocwt.Stages[s - 1].Name : "", N(f.Score), "", "", f.Text];
        }
        foreach (var f in a.Findings.AreasToDevelop)
        {
            yield return ["area to develop", Ocwt.Arcs[f.Arc - 1].Name, f.Stage is { } s ? Ocwt.Stages[s - 1].Name : "", N(f.Score), "", "", f.Text];
        }
    }
}
