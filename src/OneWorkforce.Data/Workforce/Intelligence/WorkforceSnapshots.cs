using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>One headline at one snapshot: its numerator and denominator, and whether it is hidden when shared.</summary>
/// <summary>
/// A headline at a snapshot: its own numerator and denominator (for the organisation's own managers) and the figure as
/// it was shown to everyone else, protected (null when hidden).
/// </summary>
public sealed record TrendPoint(DateOnly TakenOn, string Label, double Numerator, double Denominator, bool HiddenWhenShared, double? Shared = null);

/// <summary>
/// Dated snapshots of every headline figure of an area, for the area, each district, workforce sector, organisation
/// category and organisation: the trend of a report reads them, from the first (the baseline) on, so it does not
/// change when the live data does.
/// </summary>
public sealed class WorkforceSnapshots(OneWorkforceDbContext db, WorkforceIntelligence intelligence, TimeProvider clock)
{
    /// <summary>The key a scope's figures are stored under in a snapshot.</summary>
    public static string ScopeKey(ReportFilter filter) =>
        filter.OrganisationId is { } o ? $"organisation:{o}"
        : filter.DistrictId is { } d ? $"district:{d}"
        : filter.Sector is { } s ? $"sector:{s}"
        : filter.Category is { } c ? $"category:{c}"
        : "area";

    public async Task<WorkforceSnapshot> TakeAsync(int areaId, DateOnly asAt, string? label, CancellationToken cancellationToken = default)
    {
        var scopes = new Dictionary<string, Dictionary<string, Dictionary<string, double[]>>>();
        foreach (var report in WorkforceReports.All)
        {
            var facts = await intelligence.LoadAsync(report, areaId, null, asAt, cancellationToken);
            var filters = new List<ReportFilter> { new(areaId) };
            filters.AddRange(facts.Places.Values.Select(p => p.DistrictId).OfType<int>().Distinct().Select(d => new ReportFilter(areaId, DistrictId: d)));
            filters.AddRange(facts.Places.Values.SelectMany(p => p.Sectors).Distinct().Select(s => new ReportFilter(areaId, Sector: s)));
            filters.AddRange(facts.Places.Values.SelectMany(p => p.Categories).Distinct().Select(c => new ReportFilter(areaId, Category: c)));
            filters.AddRange(facts.ByOrganisation.Keys.Select(o => new ReportFilter(areaId, OrganisationId: o)));
            foreach (var filter in filters)
            {
                var built = await intelligence.BuildAsync(facts, filter, asAt, suppress: true, cancellationToken);
                var key = ScopeKey(filter);
                if (!scopes.TryGetValue(key, out var reports))
                {
                    scopes[key] = reports = [];
                }
                reports[report.Name] = built.Headlines.ToDictionary(h => h.Code, h => new[] { Math.Round(h.Numerator, 1), Math.Round(h.Denominator, 1), h.Shown.Hidden ? 1 : 0, h.Shown.Value ?? -1 }); // -1: nothing shown (hidden or none)
            }
        }
        var snapshot = new WorkforceSnapshot
        {
            AreaId = areaId,
            TakenOn = asAt,
            Label = label ?? $"{asAt:d MMMM yyyy}",
            FiguresJson = JsonSerializer.Serialize(scopes),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.WorkforceSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    /// <summary>For each headline of a report, its value at every snapshot of the area (oldest first) where the scope has it.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>>> TrendAsync(int areaId, ReportFilter filter, ReportDefinition report, CancellationToken cancellationToken = default)
    {
        var taken = await db.WorkforceSnapshots.AsNoTracking().Where(s => s.AreaId == areaId).OrderBy(s => s.TakenOn).ThenBy(s => s.Id)
            .Select(s => new { s.TakenOn, s.Label, s.FiguresJson }).ToListAsync(cancellationToken);
        var key = ScopeKey(filter);
        var trend = new Dictionary<string, List<TrendPoint>>();
        foreach (var snapshot in taken)
        {
            var scopes = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, Dictionary<string, double[]>>>>(snapshot.FiguresJson) ?? [];
            if (!scopes.TryGetValue(key, out var reports) || !reports.TryGetValue(report.Name, out var headlines))
            {
                continue;
            }
            foreach (var (code, values) in headlines)
            {
                if (!trend.TryGetValue(code, out var points))
                {
                    trend[code] = points = [];
                }
                // A snapshot taken before shared figures were kept as shown (ADR 0020) has no shared figure: hidden to anyone but the owner.
                var shared = values.Length > 3 && values[3] >= 0 ? values[3] : (double?)null;
                points.Add(new TrendPoint(snapshot.TakenOn, snapshot.Label, values[0], values[1], values[2] > 0 || values.Length <= 3, shared));
            }
        }
        return trend.ToDictionary(t => t.Key, t => (IReadOnlyList<TrendPoint>)t.Value);
    }
}
