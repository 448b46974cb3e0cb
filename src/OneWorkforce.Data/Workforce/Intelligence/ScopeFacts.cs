using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>What a report needs to know about an organisation to place it in a scope.</summary>
public sealed record OrganisationPlace(int Id, int AreaId, string Reference, string Name, int? DistrictId, string? MainSector, IReadOnlyList<string> Sectors, IReadOnlyList<string> Categories);

/// <summary>
/// Which organisations a report covers: an area (or every area when <see cref="AreaId"/> is null), narrowed to one
/// organisation, a district, a workforce sector or an organisation category.
/// </summary>
public sealed record ReportFilter(int? AreaId, int? OrganisationId = null, int? DistrictId = null, string? Sector = null, string? Category = null)
{
    public bool Includes(OrganisationPlace place) =>
        (AreaId is null || place.AreaId == AreaId)
        && (OrganisationId is null || place.Id == OrganisationId)
        && (DistrictId is null || place.DistrictId == DistrictId)
        && (Sector is null || place.Sectors.Contains(Sector))
        && (Category is null || place.Categories.Contains(Category));
}

/// <summary>The facts of one report for every organisation of an area (or of every area), as the database aggregated them.</summary>
public sealed class ScopeFacts(ReportDefinition report, IReadOnlyDictionary<int, OrganisationPlace> places, IReadOnlyDictionary<int, Dictionary<string, Measure>> byOrganisation)
{
    public ReportDefinition Report => report;

    public IReadOnlyDictionary<int, OrganisationPlace> Places => places;

    public IReadOnlyDictionary<int, Dictionary<string, Measure>> ByOrganisation => byOrganisation;

    /// <summary>The facts of the organisations the filter takes in, added together.</summary>
    public Dictionary<string, Measure> Sum(ReportFilter filter) => Sum(places.Values.Where(filter.Includes).Select(p => p.Id));

    public Dictionary<string, Measure> Sum(IEnumerable<int> organisationIds)
    {
        var total = new Dictionary<string, Measure>();
        foreach (var id in organisationIds)
        {
            if (byOrganisation.TryGetValue(id, out var facts))
            {
                foreach (var (key, measure) in facts)
                {
                    total[key] = total.GetValueOrDefault(key) + measure;
                }
            }
        }
        return total;
    }

    public Dictionary<string, Measure> Of(int organisationId) => byOrganisation.TryGetValue(organisationId, out var facts) ? facts : [];
}
