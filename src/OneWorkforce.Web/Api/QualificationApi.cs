using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Api;

/// <summary>The qualifications framework, open to anyone.</summary>
internal static class QualificationApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/qualifications", async (QualificationSearch search, string? q, string[]? level, string? awardingBody, string? status,
            string? role, string? area, string? sector, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            var query = new QualificationQuery(q, level, awardingBody, status) { Role = role, Area = area, Sector = sector };
            foreach (var (field, message) in (await search.CheckAsync(query)).All)
            {
                errors.Add(field, message);
            }
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var (items, total) = await search.SearchAsync(query, paging.Skip, paging.PageSize);
            return Results.Ok(new PagedList<QualificationSummary>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Search qualifications by words, reference or number, level (repeatable), awarding body, status, role (code), workforce sector (code) and framework area (code such as CC2010-3)");

        group.MapGet("/roles", async (OneWorkforce.Data.OneWorkforceDbContext db, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var total = await db.WorkforceRoles.CountAsync();
            var items = await db.WorkforceRoles.AsNoTracking().OrderBy(r => r.Title).Skip(paging.Skip).Take(paging.PageSize)
                .Select(r => new RoleSummary(r.Id, r.Code, r.Title, r.WorkforceType, r.Sectors.Select(s => s.SectorCode).ToList(),
                    db.RoleQualifications.Count(l => l.RoleId == r.Id && l.Significance == RoleQualification.Significant)))
                .ToListAsync();
            return Results.Ok(new PagedList<RoleSummary>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Roles of the children's workforce, with how many significant qualifications each has");

        group.MapGet("/roles/{id:int}/qualifications", async (int id, OneWorkforce.Data.OneWorkforceDbContext db, StructureQueries structures) =>
            await db.WorkforceRoles.AnyAsync(r => r.Id == id)
                ? Results.Ok(await structures.QualificationsOfRoleAsync(id))
                : ApiResults.NotFound("role"))
            .WithSummary("The qualifications linked to a role: significant or of general relevance, and whether required");

        group.MapGet("/roles/{id:int}", async (int id, string? area, OneWorkforce.Data.OneWorkforceDbContext db, RoleQueries roles) =>
        {
            var role = await db.WorkforceRoles.AsNoTracking().Include(r => r.Sectors).SingleOrDefaultAsync(r => r.Id == id);
            if (role is null)
            {
                return ApiResults.NotFound("role");
            }
            var summaries = await roles.SummariesAsync(area?.Trim().ToUpperInvariant());
            var self = summaries.Single(s => s.Code == role.Code);
            object Route(RoleRoute r) => new { r.Role.Code, r.Role.Title, r.Reason };
            return Results.Ok(new
            {
                role.Id, role.Code, role.Title, role.Description, role.WorkforceType, sectors = role.Sectors.Select(s => s.SectorCode),
                clusters = await roles.ClustersOfRoleAsync(id),
                requirements = await roles.RequirementsAsync(id),
                routesIn = RoleRoutes.Into(self, summaries).Select(Route),
                routesOnward = RoleRoutes.Onward(self, summaries).Select(Route),
            });
        }).WithSummary("A role with its clusters under each scheme, entry requirements (national and each area's variation) and routes in and onwards (area=ONS code picks that area's requirements)");

        group.MapGet("/cluster-schemes", async (RoleQueries roles) => Results.Ok((await roles.SchemesAsync()).Select(s => new { s.Code, s.Title, s.Description })))
            .WithSummary("The named schemes that group roles into workforce clusters");

        group.MapGet("/progression", async (string[]? from, string? to, string? role, ProgressionQueries progression) =>
        {
            var (routes, errors) = await progression.FindAsync(from ?? [], to, role);
            return errors.Any ? ApiResults.Invalid(errors) : Results.Ok(routes.Select(r => new
            {
                r.StepCount, r.CreditCarried, r.LearningHours, r.Cost,
                steps = r.Steps.Select(s => new { s.Qualification.Reference, s.Qualification.Title, level = s.Qualification.LevelCode, s.CreditCarried, s.UnitsCarried, s.Explanation }),
            }));
        }).WithSummary("Progression routes from qualifications held (from=…) to a qualification (to=…) or a role (role=…)");

        group.MapGet("/qualifications/coverage", async (CoverageQueries coverage) =>
        {
            var (report, areas, sectors) = await coverage.CommonCoreWithSectorsAsync();
            var (rolesWithoutSignificant, similarOffers) = await coverage.GapsAsync();
            return Results.Ok(new { framework = "common-core", version = StructureQueries.CommonCoreVersion, areas, report, sectors,
                gaps = new { rolesWithoutSignificant, similarOffers = similarOffers.Select(o => new { o.LevelCode, o.AwardingBodies, o.Qualifications }) } });
        }).WithSummary("How the mapped qualifications cover the Common Core (2010): the seed 002 §6.4 figures");

        group.MapGet("/qualifications/coverage/matrix", async (string? scheme, CoverageQueries coverage) =>
            await coverage.GapMatrixAsync(scheme ?? OneWorkforce.Core.Reference.ClusterSchemes.WorkforceSector) is { } matrix
                ? Results.Ok(new { scheme = scheme ?? OneWorkforce.Core.Reference.ClusterSchemes.WorkforceSector, matrix.Levels,
                    rows = matrix.Rows.Select(r => new { r.Cluster, r.Counts, r.Gaps }) })
                : Results.Problem(statusCode: 404, title: "No such cluster scheme", detail: $"There is no cluster scheme '{scheme}'. See /api/v1/cluster-schemes"))
            .WithSummary("Significant qualifications by cluster and level under a cluster scheme; a zero is a gap");

        group.MapGet("/qualifications/suggest", async (string? q, QualificationSearch search) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2 || q.Length > 200)
            {
                return Results.Ok(Array.Empty<object>());
            }
            var (items, _) = await search.SearchAsync(new QualificationQuery(q, null, null, null), 0, 8);
            return Results.Ok(items.Select(i => new { i.Reference, i.Title, label = $"{i.Title} ({OneWorkforce.Core.Reference.QualificationLevels.Find(i.Level)?.Name ?? i.Level}, {i.AwardingBody}, {i.Reference})" }));
        }).WithSummary("Up to 8 qualifications whose titles start with the words typed, for the search box's suggestions");

        group.MapGet("/frameworks", async (OneWorkforce.Data.OneWorkforceDbContext db) =>
            Results.Ok((await db.Frameworks.AsNoTracking().Include(f => f.Areas).OrderBy(f => f.Code).ThenBy(f => f.Version).ToListAsync())
                .Select(f => new { f.Code, f.Version, f.Title, areas = f.Areas.OrderBy(a => a.Number).Select(a => new { a.Code, a.Number, a.Title }) })))
            .WithSummary("The frameworks units and qualifications are mapped to, with their areas");

        group.MapGet("/frameworks/{code}/{version}/case", async (string code, string version, OneWorkforce.Data.Frameworks.CaseExchange exchange) =>
            await exchange.ExportAsync(code, version) is { } package
                ? Results.Json(package, OneWorkforce.Data.Frameworks.CaseExchange.Json)
                : Results.Problem(statusCode: 404, title: "No such framework", detail: $"There is no framework {code} version {version}. See /api/v1/frameworks"))
            .WithSummary("A framework, its links to other frameworks and its unit and qualification alignments as a CASE 1.0 package");

        group.MapGet("/qualifications/{reference}/credit", async (string reference, string[]? unit, string[]? holds, QualificationDetails details, StructureQueries structures) =>
        {
            var found = await details.FindAsync(reference);
            if (found is null)
            {
                return ApiResults.NotFound("qualification");
            }
            var (assessment, unknown) = await structures.CreditAsync(found.Id, unit ?? [], holds ?? []);
            if (unknown.Count > 0)
            {
                return ApiResults.Invalid(new Core.Validation.FieldErrors().Add("holds", $"There is no qualification {string.Join(", ", unknown)}"));
            }
            return assessment is null
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No structure", detail: $"The units of {found.Reference} have not been recorded, so credit cannot be worked out.")
                : Results.Ok(assessment);
        }).WithSummary("Credit towards a qualification from units (unit=…) and qualifications (holds=…) already held, and the fewest units still to do");

        group.MapGet("/qualifications/{reference}", async (string reference, QualificationDetails details) =>
            await details.FindAsync(reference) is { } found ? Results.Ok(found) : ApiResults.NotFound("qualification"))
            .WithSummary("One qualification with its other versions");
    }

    public sealed record RoleSummary(int Id, string Code, string Title, string WorkforceType, IReadOnlyList<string> Sectors, int SignificantQualifications);
}
