using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Templates;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// Imports the role templates: roles themselves, their clusters under named schemes, their entry
/// requirements (national, or an area's variation). Checked whole first; nothing written if anything is wrong.
/// </summary>
public sealed class RoleTemplateImports(OneWorkforceDbContext database) : TemplateImport(database)
{
    public const string RolesFormat = "roles", ClustersFormat = "role-clusters", RequirementsFormat = "role-requirements";

    public async Task<ImportSummary> RolesAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var (rows, problems) = CsvRecords.Read<RoleRow>(TableFile.Read(fileName, content), "roles template", NativeTemplates.Roles.Columns, NativeTemplates.Roles.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => r.Code, r => r.Line, NativeTemplates.Roles.Code, "Role"));
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var existing = await db.WorkforceRoles.Include(r => r.Sectors).ToDictionaryAsync(r => r.Code);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var role))
            {
                db.WorkforceRoles.Add(new Role
                {
                    Code = row.Code, Title = row.Title, Description = row.Description, WorkforceType = row.WorkforceType,
                    Sectors = row.Sectors.Select(s => new RoleSector { SectorCode = s }).ToList(),
                });
                added++;
                continue;
            }
            var sectorsChanged = !role.Sectors.Select(s => s.SectorCode).Order().SequenceEqual(row.Sectors.Order());
            if ((role.Title, role.Description, role.WorkforceType) == (row.Title, row.Description, row.WorkforceType) && !sectorsChanged)
            {
                unchanged++;
                continue;
            }
            (role.Title, role.Description, role.WorkforceType) = (row.Title, row.Description, row.WorkforceType);
            if (sectorsChanged)
            {
                role.Sectors.RemoveAll(s => !row.Sectors.Contains(s.SectorCode));
                role.Sectors.AddRange(row.Sectors.Where(s => role.Sectors.All(x => x.SectorCode != s)).Select(s => new RoleSector { SectorCode = s }));
            }
            updated++;
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    /// <summary>Sets each named role's cluster under each named scheme; a scheme not yet known is created with the title given.</summary>
    public async Task<ImportSummary> ClustersAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var (rows, problems) = CsvRecords.Read<RoleClusterRow>(TableFile.Read(fileName, content), "role clusters template", NativeTemplates.RoleClusters.Columns, NativeTemplates.RoleClusters.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => $"{r.RoleCode} under {r.Scheme}", r => r.Line, NativeTemplates.RoleClusters.Role, "Role"));
        var roles = await db.WorkforceRoles.ToDictionaryAsync(r => r.Code, r => r.Id);
        problems.AddRange(rows.Where(r => !roles.ContainsKey(r.RoleCode)).Select(r => UnknownRole(fileName, r.Line, NativeTemplates.RoleClusters.Role, r.RoleCode)));
        foreach (var scheme in rows.GroupBy(r => r.Scheme))
        {
            var first = scheme.First();
            problems.AddRange(scheme.Where(r => r.SchemeTitle != first.SchemeTitle).Select(r => new ImportProblem(fileName, r.Line, NativeTemplates.RoleClusters.SchemeTitle, r.SchemeTitle,
                $"Scheme {first.Scheme} is called '{first.SchemeTitle}' on row {first.Line}. Give it the same title on every row")));
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var schemes = await db.ClusterSchemes.Include(s => s.Allocations).ToDictionaryAsync(s => s.Code);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!schemes.TryGetValue(row.Scheme, out var scheme))
            {
                scheme = new ClusterScheme { Code = row.Scheme, Title = row.SchemeTitle };
                db.ClusterSchemes.Add(scheme);
                schemes[row.Scheme] = scheme;
            }
            scheme.Title = row.SchemeTitle;
            var allocation = scheme.Allocations.FirstOrDefault(a => a.RoleId == roles[row.RoleCode]);
            if (allocation is null)
            {
                scheme.Allocations.Add(new RoleCluster { RoleId = roles[row.RoleCode], Cluster = row.Cluster });
                added++;
            }
            else if (allocation.Cluster != row.Cluster)
            {
                allocation.Cluster = row.Cluster;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    /// <summary>Sets each named role's requirement, nationally (no area) or for one area; the row replaces what was there.</summary>
    public async Task<ImportSummary> RequirementsAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var (rows, problems) = CsvRecords.Read<RoleRequirementRow>(TableFile.Read(fileName, content), "role requirements template", NativeTemplates.RoleRequirements.Columns, NativeTemplates.RoleRequirements.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => $"{r.RoleCode} in {r.AreaCode ?? "England"}", r => r.Line, NativeTemplates.RoleRequirements.Area, "Requirement for"));
        var roles = await db.WorkforceRoles.ToDictionaryAsync(r => r.Code, r => r.Id);
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Id);
        var refs = rows.SelectMany(r => r.Accepted).Distinct().ToList();
        var qualifications = await db.Qualifications.Where(q => refs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id);
        foreach (var row in rows)
        {
            if (!roles.ContainsKey(row.RoleCode))
            {
                problems.Add(UnknownRole(fileName, row.Line, NativeTemplates.RoleRequirements.Role, row.RoleCode));
            }
            if (row.AreaCode is not null && !areas.ContainsKey(row.AreaCode))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.RoleRequirements.Area, row.AreaCode,
                    $"There is no area {row.AreaCode}. Use the ONS code of an area set up here, or leave it empty for the national requirement"));
            }
            var missing = row.Accepted.Where(a => !qualifications.ContainsKey(a)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.RoleRequirements.Accepted, string.Join("; ", missing),
                    $"There is no qualification {string.Join(" or ", missing)}. Correct the references (separated by semicolons)"));
            }
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var existing = await db.RoleRequirements.Include(r => r.Accepted).ToListAsync();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var roleId = roles[row.RoleCode];
            int? areaId = row.AreaCode is null ? null : areas[row.AreaCode];
            var accepted = row.Accepted.Select(a => qualifications[a]).Order().ToList();
            var requirement = existing.FirstOrDefault(r => r.RoleId == roleId && r.AreaId == areaId);
            if (requirement is null)
            {
                db.RoleRequirements.Add(new RoleRequirement
                {
                    RoleId = roleId, AreaId = areaId, MinimumLevelCode = row.MinimumLevel, Summary = row.Summary,
                    Accepted = accepted.Select(id => new RoleRequirementQualification { QualificationId = id }).ToList(),
                });
                added++;
                continue;
            }
            var acceptedChanged = !requirement.Accepted.Select(a => a.QualificationId).Order().SequenceEqual(accepted);
            if ((requirement.MinimumLevelCode, requirement.Summary) == (row.MinimumLevel, row.Summary) && !acceptedChanged)
            {
                unchanged++;
                continue;
            }
            (requirement.MinimumLevelCode, requirement.Summary) = (row.MinimumLevel, row.Summary);
            if (acceptedChanged)
            {
                requirement.Accepted.RemoveAll(a => !accepted.Contains(a.QualificationId));
                requirement.Accepted.AddRange(accepted.Where(id => requirement.Accepted.All(a => a.QualificationId != id))
                    .Select(id => new RoleRequirementQualification { QualificationId = id }));
            }
            updated++;
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }

    internal static ImportProblem UnknownRole(string fileName, int line, string column, string code) =>
        new(fileName, line, column, code, $"There is no role '{code}'. Use a role code from /api/v1/roles, such as early-years-worker, or add the role in a roles file first");
}
