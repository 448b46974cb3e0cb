using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Templates;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// Imports the native templates: units, structures, framework mappings and role links. Like every
/// import: all rows checked first (including that the units, qualifications, roles and framework
/// areas they name exist), nothing written if anything is wrong, otherwise one transaction.
/// Import units before structures, and both before mappings.
/// </summary>
public sealed class TemplateImports(OneWorkforceDbContext database, IActor actor, TimeProvider clock) : TemplateImport(database)
{
    public const string UnitsFormat = "units", StructuresFormat = "structures", MappingsFormat = "mappings", RoleLinksFormat = "role-links";
    public static readonly IReadOnlyList<string> Formats = [UnitsFormat, StructuresFormat, MappingsFormat, RoleLinksFormat];

    public Task<ImportSummary> ImportAsync(string format, string fileName, byte[] content, bool dryRun = false) => format switch
    {
        UnitsFormat => UnitsAsync(fileName, content, dryRun),
        StructuresFormat => StructuresAsync(fileName, content, dryRun),
        MappingsFormat => MappingsAsync(fileName, content, dryRun),
        RoleLinksFormat => RoleLinksAsync(fileName, content, dryRun),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown template"),
    };

    public async Task<ImportSummary> UnitsAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var table = TableFile.Read(fileName, content);
        var (rows, problems) = CsvRecords.Read<UnitRow>(table, "units template", NativeTemplates.Units.Columns, NativeTemplates.Units.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => r.Reference, r => r.Line, NativeTemplates.Units.Ref, "Unit"));
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var references = rows.Select(r => r.Reference).ToList();
        var existing = await db.Units.Where(u => references.Contains(u.Reference)).ToDictionaryAsync(u => u.Reference);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Reference, out var unit))
            {
                db.Units.Add(new Unit { Reference = row.Reference, Title = row.Title, LevelCode = row.LevelCode, Credits = row.Credits, GuidedLearningHours = row.GuidedLearningHours });
                added++;
                continue;
            }
            var changed = (unit.Title, unit.LevelCode, unit.Credits, unit.GuidedLearningHours) != (row.Title, row.LevelCode, row.Credits, row.GuidedLearningHours);
            (unit.Title, unit.LevelCode, unit.Credits, unit.GuidedLearningHours) = (row.Title, row.LevelCode, row.Credits, row.GuidedLearningHours);
            if (changed)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    /// <summary>Each qualification named in the file gets exactly the structure the file gives it (its groups replaced).</summary>
    public async Task<ImportSummary> StructuresAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var table = TableFile.Read(fileName, content);
        var (rows, problems) = CsvRecords.Read<StructureRow>(table, "structures template", NativeTemplates.Structures.Columns, NativeTemplates.Structures.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => $"{r.QualificationReference} group {r.GroupCode} unit {r.UnitReference}", r => r.Line, NativeTemplates.Structures.Unit, "Row"));
        var qualificationRefs = rows.Select(r => r.QualificationReference).Distinct().ToList();
        var unitRefs = rows.Select(r => r.UnitReference).Distinct().ToList();
        var qualifications = await db.Qualifications.Where(q => qualificationRefs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference);
        var units = await db.Units.Where(u => unitRefs.Contains(u.Reference)).ToDictionaryAsync(u => u.Reference);
        foreach (var row in rows)
        {
            if (!qualifications.ContainsKey(row.QualificationReference))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Structures.Qualification, row.QualificationReference,
                    $"There is no qualification {row.QualificationReference}. Import the qualification first, or correct the reference"));
            }
            if (!units.ContainsKey(row.UnitReference))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Structures.Unit, row.UnitReference,
                    $"There is no unit {row.UnitReference}. Import it in a units file first, or correct the reference"));
            }
        }
        foreach (var group in rows.GroupBy(r => (r.QualificationReference, r.GroupCode)))
        {
            var first = group.First();
            var differing = group.FirstOrDefault(r => (r.GroupTitle, r.Mandatory, r.MinCredits, r.MinUnits) != (first.GroupTitle, first.Mandatory, first.MinCredits, first.MinUnits));
            if (differing is not null)
            {
                problems.Add(new ImportProblem(fileName, differing.Line, NativeTemplates.Structures.GroupTitle, differing.GroupTitle,
                    $"Group {first.GroupCode} of {first.QualificationReference} has a different title or rule here than on row {first.Line}. Make the group's columns the same on every row"));
            }
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var ids = qualifications.Values.Select(q => q.Id).ToList();
        var existingGroups = await db.UnitGroups.Include(g => g.Members).Where(g => ids.Contains(g.QualificationId)).ToListAsync();
        var unitById = units.Values.ToDictionary(u => u.Id, u => u.Reference);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var byQualification in rows.GroupBy(r => r.QualificationReference))
        {
            var qualification = qualifications[byQualification.Key];
            var wanted = Describe(byQualification.GroupBy(r => r.GroupCode).Select(g => (g.First(), g.Select(r => r.UnitReference))));
            var current = existingGroups.Where(g => g.QualificationId == qualification.Id).ToList();
            var have = Describe(current.Select(g => (
                new StructureRow("", g.Code, g.Title, g.Mandatory, g.MinCredits, g.MinUnits, "", null, null, null, 0),
                g.Members.Select(m => unitById.GetValueOrDefault(m.UnitId, $"#{m.UnitId}")))));
            var first = byQualification.First();
            var rulesChanged = (qualification.Credits, qualification.LevelRuleLevelCode, qualification.LevelRuleMinCredits) != (first.TotalCredits, first.LevelRuleLevel, first.LevelRuleCredits);
            if (wanted == have && !rulesChanged)
            {
                unchanged++;
                continue;
            }
            if (current.Count == 0)
            {
                added++;
            }
            else
            {
                updated++;
            }
            (qualification.Credits, qualification.LevelRuleLevelCode, qualification.LevelRuleMinCredits) = (first.TotalCredits, first.LevelRuleLevel, first.LevelRuleCredits);
            db.UnitGroups.RemoveRange(current);
            foreach (var group in byQualification.GroupBy(r => r.GroupCode))
            {
                var g = group.First();
                db.UnitGroups.Add(new UnitGroupEntry
                {
                    QualificationId = qualification.Id,
                    Code = g.GroupCode,
                    Title = g.GroupTitle,
                    Mandatory = g.Mandatory,
                    MinCredits = g.MinCredits,
                    MinUnits = g.MinUnits,
                    Members = group.Select(r => new UnitGroupMember { UnitId = units[r.UnitReference].Id }).ToList(),
                });
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    private static string Describe(IEnumerable<(StructureRow Group, IEnumerable<string> Units)> groups) =>
        string.Join(";", groups.OrderBy(g => g.Group.GroupCode, StringComparer.Ordinal)
            .Select(g => $"{g.Group.GroupCode}|{g.Group.GroupTitle}|{g.Group.Mandatory}|{g.Group.MinCredits}|{g.Group.MinUnits}|{string.Join(",", g.Units.Order(StringComparer.Ordinal))}"));

    public async Task<ImportSummary> MappingsAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var table = TableFile.Read(fileName, content);
        var (rows, problems) = CsvRecords.Read<MappingRow>(table, "mappings template", NativeTemplates.Mappings.Columns, NativeTemplates.Mappings.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => $"{r.Framework} {r.Version} area {r.AreaNumber} of {r.UnitReference ?? r.QualificationReference}", r => r.Line, NativeTemplates.Mappings.Area, "Mapping"));
        var areas = await db.FrameworkAreas.Include(a => a.Framework).ToListAsync();
        var unitRefs = rows.Where(r => r.UnitReference is not null).Select(r => r.UnitReference!).Distinct().ToList();
        var qualificationRefs = rows.Where(r => r.QualificationReference is not null).Select(r => r.QualificationReference!).Distinct().ToList();
        var units = await db.Units.Where(u => unitRefs.Contains(u.Reference)).ToDictionaryAsync(u => u.Reference, u => u.Id);
        var qualifications = await db.Qualifications.Where(q => qualificationRefs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id);
        var resolved = new List<(MappingRow Row, int AreaId, int? UnitId, int? QualificationId)>();
        foreach (var row in rows)
        {
            var area = areas.FirstOrDefault(a => a.Framework!.Code == row.Framework && a.Framework.Version == row.Version && a.Number == row.AreaNumber);
            if (area is null)
            {
                var versions = string.Join(", ", areas.Select(a => $"{a.Framework!.Code} {a.Framework.Version}").Distinct());
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Mappings.Area, row.AreaNumber.ToString(),
                    $"{row.Framework} {row.Version} has no area {row.AreaNumber}. Frameworks here: {versions}; the Common Core has areas 1 to 6"));
            }
            int? unitId = null, qualificationId = null;
            if (row.UnitReference is not null && !units.TryGetValue(row.UnitReference, out var u))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Mappings.Unit, row.UnitReference, $"There is no unit {row.UnitReference}. Import it in a units file first, or correct the reference"));
            }
            else if (row.UnitReference is not null)
            {
                unitId = units[row.UnitReference];
            }
            if (row.QualificationReference is not null && !qualifications.TryGetValue(row.QualificationReference, out var q))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Mappings.Qualification, row.QualificationReference, $"There is no qualification {row.QualificationReference}. Correct the reference"));
            }
            else if (row.QualificationReference is not null)
            {
                qualificationId = qualifications[row.QualificationReference];
            }
            if (area is not null)
            {
                resolved.Add((row, area.Id, unitId, qualificationId));
            }
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        // Only the mappings of the units and qualifications this file names, looked up by key.
        var unitIds = resolved.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();
        var qualificationIds = resolved.Where(r => r.QualificationId is not null).Select(r => r.QualificationId!.Value).Distinct().ToList();
        var existing = (await db.FrameworkMappings
                .Where(m => (m.UnitId != null && unitIds.Contains(m.UnitId.Value)) || (m.QualificationId != null && qualificationIds.Contains(m.QualificationId.Value)))
                .ToListAsync())
            .ToDictionary(m => (m.FrameworkAreaId, m.UnitId, m.QualificationId));
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (row, areaId, unitId, qualificationId) in resolved)
        {
            var mapping = existing.GetValueOrDefault((areaId, unitId, qualificationId));
            if (mapping is null)
            {
                db.FrameworkMappings.Add(new FrameworkMapping
                {
                    FrameworkAreaId = areaId, UnitId = unitId, QualificationId = qualificationId, Strength = row.Strength, Rationale = row.Rationale,
                    MappedBy = actor.Name, MappedAt = clock.GetUtcNow().UtcDateTime,
                });
                added++;
            }
            else if ((mapping.Strength, mapping.Rationale) != (row.Strength, row.Rationale))
            {
                (mapping.Strength, mapping.Rationale, mapping.MappedBy, mapping.MappedAt) = (row.Strength, row.Rationale, actor.Name, clock.GetUtcNow().UtcDateTime);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    public async Task<ImportSummary> RoleLinksAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var table = TableFile.Read(fileName, content);
        var (rows, problems) = CsvRecords.Read<RoleLinkRow>(table, "role links template", NativeTemplates.RoleLinks.Columns, NativeTemplates.RoleLinks.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => $"{r.RoleCode} and {r.QualificationReference}", r => r.Line, NativeTemplates.RoleLinks.Qualification, "Link"));
        var roles = await db.WorkforceRoles.ToDictionaryAsync(r => r.Code, r => r.Id);
        var qualificationRefs = rows.Select(r => r.QualificationReference).Distinct().ToList();
        var qualifications = await db.Qualifications.Where(q => qualificationRefs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id);
        foreach (var row in rows)
        {
            if (!roles.ContainsKey(row.RoleCode))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.RoleLinks.Role, row.RoleCode, $"There is no role '{row.RoleCode}'. Use a role code from /api/v1/reference/roles, such as early-years-worker"));
            }
            if (!qualifications.ContainsKey(row.QualificationReference))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.RoleLinks.Qualification, row.QualificationReference, $"There is no qualification {row.QualificationReference}. Correct the reference"));
            }
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var existing = await db.RoleQualifications.ToDictionaryAsync(l => (l.RoleId, l.QualificationId));
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var key = (roles[row.RoleCode], qualifications[row.QualificationReference]);
            if (!existing.TryGetValue(key, out var link))
            {
                db.RoleQualifications.Add(new RoleQualification { RoleId = key.Item1, QualificationId = key.Item2, Significance = row.Significance, Mandatory = row.Mandatory, Note = row.Note });
                added++;
            }
            else if ((link.Significance, link.Mandatory, link.Note) != (row.Significance, row.Mandatory, row.Note))
            {
                (link.Significance, link.Mandatory, link.Note) = (row.Significance, row.Mandatory, row.Note);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }
}
