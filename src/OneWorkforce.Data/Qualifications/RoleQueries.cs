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
public sealed class RoleQueries(OneWorkforceDbContext db)
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
        (await RequirementsOfAsync([roleId], cancellationToken)).GetValueOrDefault(roleId) ?? [];

    private async Task<Dictionary<int, List<RequirementView>>> RequirementsOfAsync(List<int>? roleIds, CancellationToken cancellationToken)
    {
        var requirements = await db.RoleRequirements.AsNoTracking().Include(r => r.Accepted)
            .Where(r => roleIds == null || roleIds.Contains(r.RoleId)).ToListAsync(cancellationToken);
        var areaIds = requirements.Where(r => r.AreaId is not null).Select(r => r.AreaId!.Value).Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var qualificationIds = requirements.SelectMany(r => r.Accepted).Select(a => a.QualificationId).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => qualificationIds.Contains(q.Id))
            .ToDictionaryAsync(q => q.Id, q => new HeldQualification(q.Reference, q.Title, q.LevelCode), cancellationToken);
        return requirements.GroupBy(r => r.RoleId).ToDictionary(g => g.Key, g => g
            .Select(r => new RequirementView(r.AreaId is { } a ? areas[a].Code : null, r.AreaId is { } b ? areas[b].Name : null, r.MinimumLevelCode,
                r.Accepted.Select(x => qualifications[x.QualificationId]).OrderBy(q => q.Reference, StringComparer.Ordinal).ToList(), r.Summary))
            .OrderBy(r => r.AreaName is not null).ThenBy(r => r.AreaName).ToList());
    }

    /// <summary>
    /// Every role as the routes need it. A role's requirement is its variation in <paramref name="areaCode"/>
    /// when it has one there, otherwise its national requirement.
    /// </summary>
    public async Task<List<RoleSummary>> SummariesAsync(string? areaCode = null, CancellationToken cancellationToken = default)
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
        return roles.Select(r =>
        {
            var own = requirements.GetValueOrDefault(r.Id) ?? [];
            var requirement = own.FirstOrDefault(x => areaCode is not null && x.AreaCode == areaCode) ?? own.FirstOrDefault(x => x.AreaCode is null);
            return new RoleSummary(r.Code, r.Title, r.Sectors.Select(s => s.SectorCode).ToList(), requirement?.ToRequirement(),
                byRole.GetValueOrDefault(r.Id) ?? []) { Linked = linked.GetValueOrDefault(r.Id) ?? [] };
        }).ToList();
    }
}
