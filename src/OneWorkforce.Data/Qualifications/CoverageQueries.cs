using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// The Common Core coverage report over every qualification with a structure or a mapping, and the gap
/// figures. Computed from the whole catalogue, so kept as a <see cref="Catalogue.CatalogueSnapshots"/> entry
/// until the catalogue changes.
/// </summary>
public sealed class CoverageQueries(OneWorkforceDbContext db, Catalogue.CatalogueSnapshots snapshots)
{
    public sealed record AreaName(string Code, int Number, string Title);

    public sealed record RoleName(string Code, string Title);

    /// <summary>Roles with no significant qualification, and similar current qualifications offered by several bodies.</summary>
    public async Task<(IReadOnlyList<RoleName> RolesWithoutSignificant, IReadOnlyList<SimilarOffer> SimilarOffers)> GapsAsync(CancellationToken cancellationToken = default)
    {
        return await snapshots.GetAsync(db, "coverage-gaps", BuildGapsAsync, cancellationToken);
    }

    private async Task<(IReadOnlyList<RoleName> RolesWithoutSignificant, IReadOnlyList<SimilarOffer> SimilarOffers)> BuildGapsAsync(CancellationToken cancellationToken)
    {
        var roles = await db.WorkforceRoles.AsNoTracking()
            .Where(r => !db.RoleQualifications.Any(l => l.RoleId == r.Id && l.Significance == Core.Qualifications.RoleQualification.Significant))
            .OrderBy(r => r.Title).Select(r => new RoleName(r.Code, r.Title)).ToListAsync(cancellationToken);
        var offered = await db.Qualifications.AsNoTracking()
            .Where(q => q.Status == Core.Qualifications.QualificationStatus.Current && q.ReplacedById == null)
            .Select(q => new OfferedQualification(q.Reference, q.Title, q.AwardingBody!.Name, q.LevelCode)).ToListAsync(cancellationToken);
        return (roles, Gaps.SimilarAcrossBodies(offered));
    }

    public async Task<(CoverageReport Report, IReadOnlyList<AreaName> Areas)> CommonCoreAsync(CancellationToken cancellationToken = default)
    {
        var (report, areas, _) = await CommonCoreWithSectorsAsync(cancellationToken);
        return (report, areas);
    }

    /// <summary>
    /// The cluster × level matrix under a cluster scheme: for each cluster, the current qualifications
    /// significant for its roles at each level. Null when there is no such scheme.
    /// </summary>
    public async Task<GapMatrix?> GapMatrixAsync(string schemeCode, CancellationToken cancellationToken = default)
    {
        var scheme = await db.ClusterSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Code == schemeCode, cancellationToken);
        if (scheme is null)
        {
            return null;
        }
        var clusters = await db.RoleClusters.AsNoTracking().Where(c => c.SchemeId == scheme.Id).Select(c => c.Cluster).Distinct().ToListAsync(cancellationToken);
        var facts = await (from c in db.RoleClusters.AsNoTracking()
                           join l in db.RoleQualifications on c.RoleId equals l.RoleId
                           join q in db.Qualifications on l.QualificationId equals q.Id
                           where c.SchemeId == scheme.Id && l.Significance == Core.Qualifications.RoleQualification.Significant
                                 && q.Status == Core.Qualifications.QualificationStatus.Current
                           select new ClusterQualification(c.Cluster, q.LevelCode, q.Reference)).ToListAsync(cancellationToken);
        return GapMatrices.Build(facts, clusters.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The Common Core report, and the same coverage by workforce sector (a qualification is in the sectors of the roles it is linked to).</summary>
    public async Task<(CoverageReport Report, IReadOnlyList<AreaName> Areas, IReadOnlyList<SectorCoverage> Sectors)> CommonCoreWithSectorsAsync(CancellationToken cancellationToken = default)
    {
        return await snapshots.GetAsync(db, "coverage-common-core", BuildCommonCoreAsync, cancellationToken);
    }

    private async Task<(CoverageReport Report, IReadOnlyList<AreaName> Areas, IReadOnlyList<SectorCoverage> Sectors)> BuildCommonCoreAsync(CancellationToken cancellationToken)
    {
        var areas = await db.FrameworkAreas.AsNoTracking()
            .Where(a => a.Framework!.Code == CommonCore.FrameworkCode && a.Framework.Version == StructureQueries.CommonCoreVersion)
            .OrderBy(a => a.Number).Select(a => new AreaName(a.Code, a.Number, a.Title)).ToListAsync(cancellationToken);
        var areaCodes = areas.Select(a => a.Code).ToList();
        // The structures come from the shared tables (read once per change, units as numbers); the mappings
        // as numbers too, with each unit's reference and each area's code shared (ADR 0009).
        var tables = await Catalogue.CatalogueTables.GetAsync(db, snapshots, cancellationToken);
        var units = tables.Units.Values.ToDictionary(u => u.Reference, StringComparer.Ordinal);
        var areaIds = await db.FrameworkAreas.AsNoTracking().Where(a => areaCodes.Contains(a.Code)).ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var unitMappings = (await Catalogue.CatalogueTables.UnitMappingsAsync(db, cancellationToken))
            .Where(m => areaIds.ContainsKey(m.AreaId) && tables.Units.ContainsKey(m.UnitId))
            .Select(m => new AreaMapping(areaIds[m.AreaId], tables.Units[m.UnitId].Reference, null,
                m.Full ? Core.Qualifications.FrameworkMapping.Full : Core.Qualifications.FrameworkMapping.Partial));
        var wholeMappings = await (from m in db.FrameworkMappings.AsNoTracking()
                                   join a in db.FrameworkAreas on m.FrameworkAreaId equals a.Id
                                   join q in db.Qualifications on m.QualificationId equals q.Id
                                   where areaCodes.Contains(a.Code)
                                   select new AreaMapping(a.Code, null, q.Reference, m.Strength)).ToListAsync(cancellationToken);
        var mappings = unitMappings.Concat(wholeMappings).ToList();
        var structures = tables.Groups.GroupBy(g => g.QualificationReference)
            .Select(q => new QualificationStructure(q.Key, 0, q.Select(g => new UnitGroup(g.Code, g.Title, g.Mandatory,
                g.UnitIds.Select(id => tables.Units[id].Reference).ToList(), g.MinCredits, g.MinUnits)).ToList()))
            .ToList();
        // Qualifications mapped as a whole but with no structure still count as mapped qualifications.
        var withStructure = structures.Select(s => s.QualificationReference).ToHashSet();
        structures.AddRange(mappings.Where(m => m.QualificationReference is not null && !withStructure.Contains(m.QualificationReference))
            .Select(m => m.QualificationReference!).Distinct().Select(r => new QualificationStructure(r, 0, [])));
        var sectorLinks = await (from l in db.RoleQualifications.AsNoTracking()
                                 join q in db.Qualifications on l.QualificationId equals q.Id
                                 join s in db.Set<RoleSector>() on l.RoleId equals s.RoleId
                                 select new { q.Reference, s.SectorCode }).Distinct().ToListAsync(cancellationToken);
        var sectorsOf = sectorLinks.GroupBy(l => l.Reference).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(l => l.SectorCode).ToHashSet());
        var coverages = FrameworkCoverage.Coverages(structures, mappings);
        var sectors = FrameworkCoverage.BySector(coverages, sectorsOf, WorkforceCodeLists.WorkforceSectors.Items.Select(s => s.Code).ToList(), areaCodes);
        return (FrameworkCoverage.Report(structures, units, mappings, areaCodes, coverages), areas, sectors);
    }
}
