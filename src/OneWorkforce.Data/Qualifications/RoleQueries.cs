using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>A role's cluster under one scheme.</summary>
public sealed record RoleClusterView(string SchemeCode, string SchemeTitle, string Cluster);

/// <summary>A requirement as the role page shows it: where it applies, and the accepted qualifications with their titles.</summary>
public sealed record RequirementView(string? AreaCode, string? AreaName, string? MinimumLevel, IReadOnlyList<HeldQualification> Accepted, string? Summary)
{
    public EntryRequirement ToRequirement() => new(MinimumLevel, Accepted.Select(a => a.Reference).ToList(), Summary, AreaName);
}

/// <summary>Reads roles with their clusters, entry requirements and significant qualifications.</summary>
public sealed class RoleQueries(OneWorkforceDbContext db, Catalogue.CatalogueSnapshots snapshots)
{
    public Task<List<Core.Qualifications.ClusterScheme>> SchemesAsync(CancellationToken cancellationToken = default) =>
        db.ClusterSchemes.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken);

    /// <summary>The cluster of each role (by role id) under one scheme.</summary>
    public async Task<Dictionary<int, string>> ClustersAsync(string schemeCode, CancellationToken cancellationToken = default) =>
        await db.RoleClusters.AsNoTracking()
            .Join(db.ClusterSchemes.Where(s => s.Code == schemeCode), c => c.SchemeId, s => s.Id, (c, s) => c)
            .ToDictionaryAsync(c => c.RoleId, c => c.Cluster, cancellationToken);

    public async Task<List<RoleClusterView>> ClustersOfRoleAsync(int roleId, CancellationToken cancellationToken = default) =>
        (await db.RoleClusters.AsNoTracking().Where(c => c.RoleId == roleId)
            .Join(db.ClusterSchemes, c => c.SchemeId, s => s.Id, (c, s) => new RoleClusterView(s.Code, s.Title, c.Cluster))
            .ToListAsync(cancellationToken)).OrderBy(c => c.SchemeTitle, StringComparer.Ordinal).ToList();

    /// <summary>Every requirement of a role: the national one first, then each area's variation.</summary>
    public async Task<List<RequirementView>> RequirementsAsync(int roleId, CancellationToken cancellationToken = default) =>
        (await RequirementsOfAsync(roleId, cancellationToken)).GetValueOrDefault(roleId) ?? [];

    private async Task<Dictionary<int, List<RequirementView>>> RequirementsOfAsync(int? roleId, CancellationToken cancellationToken)
    {
        var requirements = db.RoleRequirements.AsNoTracking().Where(r => roleId == null || r.RoleId == roleId);
        // Flat joins (a list of ids would be one SQL parameter each: too many in a national catalogue).
        var rows = await (from r in requirements
                          join a in db.Areas on r.AreaId equals a.Id into area
                          from a in area.DefaultIfEmpty()
                          select new { r.Id, r.RoleId, AreaCode = a == null ? null : a.Code, AreaName = a == null ? null : a.Name, r.MinimumLevelCode, r.Summary })
            .ToListAsync(cancellationToken);
        var accepted = (await (from r in requirements
                               join x in db.Set<RoleRequirementQualification>() on r.Id equals x.RequirementId
                               join q in db.Qualifications on x.QualificationId equals q.Id
                               select new { r.Id, Qualification = new HeldQualification(q.Reference, q.Title, q.LevelCode) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.Id, x => x.Qualification);
        return rows.GroupBy(r => r.RoleId).ToDictionary(g => g.Key, g => g
            .Select(r => new RequirementView(r.AreaCode, r.AreaName, r.MinimumLevelCode,
                accepted[r.Id].OrderBy(q => q.Reference, StringComparer.Ordinal).ToList(), r.Summary))
            .OrderBy(r => r.AreaName is not null).ThenBy(r => r.AreaName, StringComparer.Ordinal).ToList());
    }

    private sealed record RoleFacts(string Code, string Title, IReadOnlyList<string> Sectors, IReadOnlyList<RequirementView> Requirements,
        IReadOnlyList<HeldQualification> Significant, IReadOnlyCollection<string> Linked);

    /// <summary>
    /// Every role as the routes need it. A role's requirement is its variation in <paramref name="areaCode"/>
    /// when it has one there, otherwise its national requirement. Read from a catalogue snapshot (ADR 0009).
    /// </summary>
    public async Task<List<RoleSummary>> SummariesAsync(string? areaCode = null, CancellationToken cancellationToken = default)
    {
        var facts = await snapshots.GetAsync(db, "role-summaries", BuildFactsAsync, cancellationToken);
        return facts.Select(r =>
        {
            var requirement = r.Requirements.FirstOrDefault(x => areaCode is not null && x.AreaCode == areaCode) ?? r.Requirements.FirstOrDefault(x => x.AreaCode is null);
            return new RoleSummary(r.Code, r.Title, r.Sectors, requirement?.ToRequirement(), r.Significant) { Linked = r.Linked };
        }).ToList();
    }

    /// <summary>Builds the role facts now if the catalogue changed (the <see cref="Catalogue.CatalogueWarmer"/> calls it).</summary>
    public Task WarmAsync(CancellationToken cancellationToken) => snapshots.GetAsync(db, "role-summaries", BuildFactsAsync, cancellationToken);

    private async Task<List<RoleFacts>> BuildFactsAsync(CancellationToken cancellationToken)
    {
        var roles = await db.WorkforceRoles.AsNoTracking().Include(r => r.Sectors).ToListAsync(cancellationToken);
        var requirements = await RequirementsOfAsync(null, cancellationToken);
        var links = await db.RoleQualifications.AsNoTracking()
            .Join(db.Qualifications.Where(q => q.Status == QualificationStatus.Current), l => l.QualificationId, q => q.Id,
                (l, q) => new { l.RoleId, l.Significance, q.Reference, q.Title, q.LevelCode })
            .ToListAsync(cancellationToken);
        var byRole = links.Where(l => l.Significance == RoleQualification.Significant).GroupBy(s => s.RoleId)
            .ToDictionary(g => g.Key, g => g.Select(s => new HeldQualification(s.Reference, s.Title, s.LevelCode)).ToList());
        var linked = links.GroupBy(l => l.RoleId).ToDictionary(g => g.Key, g => g.Select(l => l.Reference).ToHashSet());
        return roles.Select(r => new RoleFacts(r.Code, r.Title, r.Sectors.Select(s => s.SectorCode).ToList(),
            requirements.GetValueOrDefault(r.Id) ?? [], byRole.GetValueOrDefault(r.Id) ?? [], linked.GetValueOrDefault(r.Id) ?? [])).ToList();
    }
}
