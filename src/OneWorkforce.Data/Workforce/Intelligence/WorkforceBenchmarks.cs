using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>One group of organisations to compare with, and the spread of their values of a headline (null when too few).</summary>
public sealed record PeerGroup(string Label, Quartiles? Spread, int Organisations);

/// <summary>An organisation's own value of a headline beside the spread of its peers'.</summary>
public sealed record Benchmark(string Code, string Label, FigureKind Kind, double? Value, IReadOnlyList<PeerGroup> Peers);

/// <summary>One area's headline figures, suppressed, for the national administrator's comparison.</summary>
public sealed record AreaFigures(int AreaId, string AreaCode, string AreaName, IReadOnlyList<Headline> Headlines);

/// <summary>
/// Benchmarks: an organisation's headline figures beside the median and quartiles of organisations of the same
/// category in its area and in all areas (aggregates of at least <see cref="WorkforceSettings.MinimumPeers"/>
/// organisations, never one organisation's figures), and areas compared for the national administrator.
/// </summary>
public sealed class WorkforceBenchmarks(OneWorkforceDbContext db, WorkforceIntelligence intelligence, IOptions<WorkforceSettings> settings)
{
    public async Task<IReadOnlyList<Benchmark>> ForOrganisationAsync(ReportDefinition report, OrganisationPlace organisation, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var inArea = await intelligence.LoadAsync(report, organisation.AreaId, null, asAt, cancellationToken);
        var everywhere = await intelligence.LoadAsync(report, null, null, asAt, cancellationToken);
        var own = ReportCalculator.Build(report, inArea.Of(organisation.Id), asAt, suppress: false).Headlines;
        var areaValues = ValuesByOrganisation(report, inArea, asAt);
        var allValues = ValuesByOrganisation(report, everywhere, asAt);
        var groups = new List<(string Label, HashSet<int> Members, Dictionary<int, Dictionary<string, double>> Values)>();
        foreach (var category in organisation.Categories)
        {
            var title = WorkforceCodeLists.OrganisationCategories.Find(category)?.Label ?? category;
            groups.Add(($"{title}: organisations in this area", inArea.Places.Values.Where(p => p.Categories.Contains(category)).Select(p => p.Id).ToHashSet(), areaValues));
            groups.Add(($"{title}: organisations in all areas", everywhere.Places.Values.Where(p => p.Categories.Contains(category)).Select(p => p.Id).ToHashSet(), allValues));
        }
        if (organisation.Categories.Count == 0)
        {
            groups.Add(("All organisations in this area", inArea.Places.Keys.ToHashSet(), areaValues));
            groups.Add(("All organisations in all areas", everywhere.Places.Keys.ToHashSet(), allValues));
        }
        return own.Where(h => h.Value is not null || areaValues.Values.Any(v => v.ContainsKey(h.Code))).Select(headline => new Benchmark(headline.Code, headline.Label, headline.Kind, headline.Value,
            groups.Select(g =>
            {
                var values = g.Members.Where(id => id != organisation.Id && g.Values.TryGetValue(id, out var v) && v.ContainsKey(headline.Code))
                    .Select(id => g.Values[id][headline.Code]).ToList();
                return new PeerGroup(g.Label, values.Count >= settings.Value.MinimumPeers ? Quartiles.Of(values) : null, values.Count);
            }).ToList())).ToList();
    }

    /// <summary>Every area's headline figures for a report, as anyone outside the areas would see them.</summary>
    public async Task<IReadOnlyList<AreaFigures>> CompareAreasAsync(ReportDefinition report, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var everywhere = await intelligence.LoadAsync(report, null, null, asAt, cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        var figures = new List<AreaFigures>();
        foreach (var a in areas)
        {
            var built = await intelligence.BuildAsync(everywhere, new ReportFilter(a.Id), asAt, suppress: true, cancellationToken);
            figures.Add(new AreaFigures(a.Id, a.Code, a.Name, built.Headlines));
        }
        return figures;
    }

    private static Dictionary<int, Dictionary<string, double>> ValuesByOrganisation(ReportDefinition report, ScopeFacts facts, DateOnly asAt) =>
        facts.ByOrganisation.ToDictionary(f => f.Key, f => ReportCalculator.Build(report, f.Value, asAt, suppress: false).Headlines
            .Where(h => h.Value is not null).ToDictionary(h => h.Code, h => h.Value!.Value));
}
