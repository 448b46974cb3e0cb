using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>
/// The workforce intelligence reports from the live data: one aggregate query per report (grouped by organisation,
/// so every scope and benchmark comes from the same scan), then the pure calculations of <see cref="ReportCalculator"/>.
/// </summary>
public sealed class WorkforceIntelligence(OneWorkforceDbContext db, IOptions<WorkforceSettings> settings)
{
    public int Threshold => settings.Value.DisclosureThreshold;

    /// <summary>The report for a filter. <paramref name="suppress"/> is false only for the organisation's own managers.</summary>
    public async Task<WorkforceReport> BuildAsync(ReportDefinition report, ReportFilter filter, DateOnly asAt, bool suppress, CancellationToken cancellationToken = default)
    {
        var facts = await LoadAsync(report, filter.AreaId, filter.OrganisationId, asAt, cancellationToken);
        return ReportCalculator.Build(report, facts.Sum(filter), asAt, suppress, Threshold);
    }

    /// <summary>Every organisation's facts for a report: in one organisation, one area, or every area (both null).</summary>
    public async Task<ScopeFacts> LoadAsync(ReportDefinition report, int? areaId, int? organisationId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var places = await PlacesAsync(areaId, organisationId, cancellationToken);
        var parameters = ReportSql.Parameters(asAt);
        string scope;
        if (organisationId is { } organisation)
        {
            scope = "w.organisation_id = @scope";
            parameters["scope"] = organisation;
        }
        else if (areaId is { } area)
        {
            scope = "w.area_id = @scope";
            parameters["scope"] = area;
        }
        else
        {
            scope = "1 = 1";
        }
        var byOrganisation = new Dictionary<int, Dictionary<string, Measure>>();
        foreach (var sql in ReportSql.For(report, scope))
        {
            await RawSql.ReadAsync(db, sql, parameters, reader =>
            {
                var id = reader.GetInt32(0);
                var key = reader.GetString(1);
                var n = Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
                var m = reader.IsDBNull(3) ? 0 : Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture);
                if (!byOrganisation.TryGetValue(id, out var facts))
                {
                    byOrganisation[id] = facts = [];
                }
                if (key == "headcounts")
                {
                    facts["headcount-now"] = new Measure(n, 0);
                    facts["headcount-year-ago"] = new Measure((long)m, 0);
                    return;
                }
                if (report.Name == "qualifications")
                {
                    key = (places.TryGetValue(id, out var place) ? place.MainSector ?? Bands.NotKnown : Bands.NotKnown) + "|" + key;
                }
                facts[key] = facts.GetValueOrDefault(key) + new Measure(n, m);
            }, cancellationToken);
        }
        return new ScopeFacts(report, places, byOrganisation);
    }

    /// <summary>Where each organisation sits: its area, district, sectors and categories.</summary>
    public async Task<IReadOnlyDictionary<int, OrganisationPlace>> PlacesAsync(int? areaId, int? organisationId, CancellationToken cancellationToken = default)
    {
        var query = db.Organisations.AsNoTracking();
        if (organisationId is { } id)
        {
            query = query.Where(o => o.Id == id);
        }
        else if (areaId is { } area)
        {
            query = query.Where(o => o.AreaId == area);
        }
        var rows = await query.Select(o => new { o.Id, o.AreaId, o.Reference, o.Name, o.DistrictId, o.WorkforceSectors, Categories = o.Categories.Select(c => c.CategoryCode).ToList() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var sectors = (r.WorkforceSectors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new OrganisationPlace(r.Id, r.AreaId, r.Reference, r.Name, r.DistrictId, sectors.FirstOrDefault(), sectors, r.Categories);
        });
    }
}
