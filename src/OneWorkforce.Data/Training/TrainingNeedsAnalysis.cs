using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Training;

/// <summary>A person's needs: training to do or refresh, Common Core areas to cover, a qualification to gain.</summary>
public sealed record PersonNeeds(PersonCompliance Person, IReadOnlyList<TrainingNeed> Needs);

/// <summary>How many people need each topic in each district: what an area plans its courses from.</summary>
public sealed record NeedsDemand(IReadOnlyList<string> Topics, IReadOnlyList<string> Districts, long[,] Counts)
{
    public const string CountyWide = "No district recorded";
}

/// <summary>
/// Training needs analysis for a person, an organisation or an area: required against held (training records by
/// topic and level with their Common Core coverage; the highest qualification against the role's minimum level in
/// the qualifications framework, the area's own minimum where it has one).
/// </summary>
public sealed class TrainingNeedsAnalysis(OneWorkforceDbContext db, TrainingCompliance compliance)
{
    public async Task<IReadOnlyList<PersonNeeds>> ForAsync(int areaId, int? organisationId = null, long? workerId = null, CancellationToken cancellationToken = default)
    {
        var assessed = await compliance.AssessAsync(areaId, organisationId, workerId, everyone: true, cancellationToken: cancellationToken);
        var minimum = await MinimumLevelsAsync(areaId, cancellationToken);
        return assessed.People
            .Select(p => new PersonNeeds(p, TrainingNeeds.For(p.Checks, p.QualificationLevel, minimum.GetValueOrDefault(p.Role))))
            .Where(p => p.Needs.Count > 0)
            .ToList();
    }

    /// <summary>The number of people with a need on each topic, by the district of their organisation.</summary>
    public async Task<NeedsDemand> DemandAsync(int areaId, IReadOnlyList<PersonNeeds> needs, CancellationToken cancellationToken = default)
    {
        var districtOf = await db.Organisations.AsNoTracking().Where(o => o.AreaId == areaId)
            .Select(o => new { o.Id, District = db.Districts.Where(d => d.Id == o.DistrictId).Select(d => d.Name).FirstOrDefault() })
            .ToDictionaryAsync(o => o.Id, o => o.District ?? NeedsDemand.CountyWide, cancellationToken);
        var pairs = needs.SelectMany(p => p.Needs.Select(n => n.Topic).Distinct().Select(topic => (Topic: topic, District: districtOf.GetValueOrDefault(p.Person.OrganisationId, NeedsDemand.CountyWide)))).ToList();
        var topics = pairs.Select(p => p.Topic).Distinct().OrderBy(TrainingNeeds.TopicLabel, StringComparer.Ordinal).ToList();
        var districts = pairs.Select(p => p.District).Distinct().OrderBy(d => d == NeedsDemand.CountyWide).ThenBy(d => d, StringComparer.Ordinal).ToList();
        var counts = new long[topics.Count, districts.Count];
        foreach (var (topic, district) in pairs)
        {
            counts[topics.IndexOf(topic), districts.IndexOf(district)]++;
        }
        return new NeedsDemand(topics, districts, counts);
    }

    /// <summary>Role code to the minimum qualification level the framework asks for: the area's variation where it has one, else the national one.</summary>
    private async Task<Dictionary<string, string>> MinimumLevelsAsync(int areaId, CancellationToken cancellationToken)
    {
        var rows = await (from r in db.RoleRequirements.AsNoTracking()
                          join role in db.WorkforceRoles.AsNoTracking() on r.RoleId equals role.Id
                          where r.MinimumLevelCode != null && (r.AreaId == null || r.AreaId == areaId)
                          select new { role.Code, r.AreaId, r.MinimumLevelCode }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.AreaId.HasValue).First().MinimumLevelCode!);
    }
}
