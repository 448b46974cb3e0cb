using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Structure;

namespace OneWorkforce.Data.Qualifications;

/// <summary>A role a qualification serves, or a qualification a role needs.</summary>
public sealed record RoleLinkView(string RoleCode, string RoleTitle, string QualificationReference, string QualificationTitle, string Level,
    string Significance, bool Mandatory, string? Note, string Status);

/// <summary>A framework area and how a qualification covers it.</summary>
public sealed record AreaCoverageView(string AreaCode, int Number, string Title, IReadOnlyList<string> MandatoryUnits, IReadOnlyList<string> OptionalUnits, bool WholeQualification)
{
    public bool Covered => MandatoryUnits.Count > 0 || OptionalUnits.Count > 0 || WholeQualification;
    public bool Guaranteed => MandatoryUnits.Count > 0 || WholeQualification;
}

/// <summary>Reads structures, units, mappings and role links from the database into the Core shapes the calculations take.</summary>
public sealed class StructureQueries(OneWorkforceDbContext db)
{
    public const string CommonCoreVersion = "2010";

    public async Task<(QualificationStructure? Structure, IReadOnlyDictionary<string, UnitInfo> Units)> StructureAsync(int qualificationId, CancellationToken cancellationToken = default)
    {
        var qualification = await db.Qualifications.AsNoTracking().SingleAsync(q => q.Id == qualificationId, cancellationToken);
        // Explicit joins from the qualification's groups: an Include here made SQLite join every unit link first.
        var groups = await db.UnitGroups.AsNoTracking().Where(g => g.QualificationId == qualificationId).OrderBy(g => g.Code).ToListAsync(cancellationToken);
        if (groups.Count == 0)
        {
            return (null, new Dictionary<string, UnitInfo>());
        }
        var members = await (from g in db.UnitGroups.AsNoTracking()
                             where g.QualificationId == qualificationId
                             join m in db.UnitGroupMembers on g.Id equals m.GroupId
                             join u in db.Units on m.UnitId equals u.Id
                             select new { m.GroupId, Unit = new UnitInfo(u.Reference, u.Title, u.LevelCode, u.Credits, u.GuidedLearningHours) })
            .ToListAsync(cancellationToken);
        var units = members.Select(m => m.Unit).DistinctBy(u => u.Reference).ToDictionary(u => u.Reference);
        var unitsOf = members.ToLookup(m => m.GroupId, m => m.Unit.Reference);
        var structure = new QualificationStructure(qualification.Reference, qualification.Credits ?? 0,
            groups.Select(g => new UnitGroup(g.Code, g.Title, g.Mandatory, unitsOf[g.Id].Order().ToList(), g.MinCredits, g.MinUnits)).ToList(),
            qualification.LevelRuleLevelCode is { } level && qualification.LevelRuleMinCredits is { } credits ? new LevelCreditRule(level, credits) : null);
        return (structure, units);
    }

    /// <summary>How a qualification covers each area of the Common Core (2010).</summary>
    public async Task<IReadOnlyList<AreaCoverageView>> CommonCoreCoverageAsync(int qualificationId, QualificationStructure? structure, CancellationToken cancellationToken = default)
    {
        var areas = await db.FrameworkAreas.AsNoTracking()
            .Where(a => a.Framework!.Code == Core.Reference.CommonCore.FrameworkCode && a.Framework.Version == CommonCoreVersion)
            .OrderBy(a => a.Number).ToListAsync(cancellationToken);
        // Two indexed queries (an OR of the two made the database scan every mapping): the units' mappings, and the whole qualification's.
        var unitMappings = await (from g in db.UnitGroups.AsNoTracking()
                                  where g.QualificationId == qualificationId
                                  join gm in db.UnitGroupMembers on g.Id equals gm.GroupId
                                  join m in db.FrameworkMappings on gm.UnitId equals m.UnitId
                                  join u in db.Units on gm.UnitId equals u.Id
                                  select new { m.FrameworkAreaId, Unit = (string?)u.Reference, QualificationId = (int?)null, m.Strength })
            .Distinct().ToListAsync(cancellationToken);
        var wholeMappings = await db.FrameworkMappings.AsNoTracking().Where(m => m.QualificationId == qualificationId)
            .Select(m => new { m.FrameworkAreaId, Unit = (string?)null, QualificationId = (int?)qualificationId, m.Strength }).ToListAsync(cancellationToken);
        var mappings = unitMappings.Concat(wholeMappings).ToList();
        var mandatory = structure?.MandatoryUnits.ToHashSet() ?? [];
        return areas.Select(a => new AreaCoverageView(a.Code, a.Number, a.Title,
            mappings.Where(m => m.FrameworkAreaId == a.Id && m.Unit is not null && mandatory.Contains(m.Unit)).Select(m => m.Unit!).Order().ToList(),
            mappings.Where(m => m.FrameworkAreaId == a.Id && m.Unit is not null && !mandatory.Contains(m.Unit)).Select(m => m.Unit!).Order().ToList(),
            mappings.Any(m => m.FrameworkAreaId == a.Id && m.QualificationId == qualificationId))).ToList();
    }

    /// <summary>
    /// Credit towards a qualification from units held and from qualifications held (their units count as held).
    /// Null when the qualification has no structure. Unknown qualification references are returned for the caller to report.
    /// </summary>
    public async Task<(CreditAssessment? Assessment, IReadOnlyList<string> UnknownQualifications)> CreditAsync(int qualificationId,
        IEnumerable<string> unitsHeld, IEnumerable<string> qualificationsHeld, CancellationToken cancellationToken = default)
    {
        var (structure, units) = await StructureAsync(qualificationId, cancellationToken);
        var held = unitsHeld.Select(u => u.Trim().ToUpperInvariant()).Where(u => u.Length > 0).ToHashSet();
        var references = qualificationsHeld.Select(q => q.Trim().ToUpperInvariant()).Where(q => q.Length > 0).Distinct().ToList();
        var known = await db.Qualifications.AsNoTracking().Where(q => references.Contains(q.Reference)).Select(q => new { q.Id, q.Reference }).ToListAsync(cancellationToken);
        var knownIds = known.Select(k => k.Id).ToList();
        var fromQualifications = await (from g in db.UnitGroups.AsNoTracking()
                                        where knownIds.Contains(g.QualificationId)
                                        join m in db.UnitGroupMembers on g.Id equals m.GroupId
                                        join u in db.Units on m.UnitId equals u.Id
                                        select u.Reference).Distinct().ToListAsync(cancellationToken);
        held.UnionWith(fromQualifications);
        var unknown = references.Except(known.Select(k => k.Reference)).ToList();
        return (structure is null ? null : RulesOfCombination.Assess(structure, units, held), unknown);
    }

    public Task<List<RoleLinkView>> RolesOfQualificationAsync(int qualificationId, CancellationToken cancellationToken = default) =>
        Links(db.RoleQualifications.Where(l => l.QualificationId == qualificationId)).ToListAsync(cancellationToken);

    public Task<List<RoleLinkView>> QualificationsOfRoleAsync(int roleId, CancellationToken cancellationToken = default) =>
        Links(db.RoleQualifications.Where(l => l.RoleId == roleId)).ToListAsync(cancellationToken);

    private IQueryable<RoleLinkView> Links(IQueryable<RoleQualification> links) =>
        from l in links.AsNoTracking()
        join r in db.WorkforceRoles on l.RoleId equals r.Id
        join q in db.Qualifications on l.QualificationId equals q.Id
        orderby q.LevelCode, l.Significance descending, q.Title
        select new RoleLinkView(r.Code, r.Title, q.Reference, q.Title, q.LevelCode, l.Significance, l.Mandatory, l.Note, q.Status);
}
