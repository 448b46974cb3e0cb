using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;

namespace OneWorkforce.Web.Api;

/// <summary>The national reference data, open to anyone.</summary>
internal static class ReferenceApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/frameworks", async (OneWorkforceDbContext db) =>
            await db.Frameworks.AsNoTracking().OrderBy(f => f.Code).ThenBy(f => f.Version)
                .Select(f => new
                {
                    f.Code,
                    f.Version,
                    f.Title,
                    Areas = f.Areas.OrderBy(a => a.Number).Select(a => new { a.Code, a.Number, a.Title }).ToList(),
                }).ToListAsync())
            .WithSummary("Frameworks (the Common Core 2005 and 2010) and their areas");

        group.MapGet("/framework-matches", async (OneWorkforceDbContext db) =>
            await db.FrameworkAreaMatches.AsNoTracking()
                .Select(m => new { From = m.FromArea!.Code, To = m.ToArea!.Code, m.Kind }).ToListAsync())
            .WithSummary("Links between framework areas, such as exactMatchOf between Common Core versions");

        group.MapGet("/code-lists", async (OneWorkforceDbContext db) =>
            (await db.CodeEntries.AsNoTracking().OrderBy(e => e.List).ThenBy(e => e.SortOrder).ToListAsync())
                .GroupBy(e => e.List)
                .Select(g => new { Name = g.Key, Items = g.Select(e => new { e.Code, e.Label, e.Hint }).ToList() }))
            .WithSummary("Code lists: workforce sectors, core or wider, organisation categories, employer sectors, Every Child Matters outcomes");

        group.MapGet("/ocwt", async (OneWorkforceDbContext db) => new
        {
            Arcs = await db.Arcs.AsNoTracking().OrderBy(a => a.Number).ToListAsync(),
            Stages = await db.Stages.AsNoTracking().OrderBy(s => s.Number).ToListAsync(),
            Scale = await db.ScalePoints.AsNoTracking().OrderBy(p => p.Value).ToListAsync(),
        }).WithSummary("The One Children's Workforce Tool: arcs, stages and the 1 to 5 scale");

        group.MapGet("/qualification-levels", async (OneWorkforceDbContext db) =>
            await db.Levels.AsNoTracking().OrderBy(l => l.SortOrder).ToListAsync())
            .WithSummary("Qualification levels with their EQF level");

        group.MapGet("/roles", async (OneWorkforceDbContext db, int? page, int? pageSize, string? workforceType) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            if (workforceType is not null && !WorkforceCodeLists.WorkforceTypes.Contains(workforceType))
            {
                errors.Add("workforceType", "workforceType must be core or wider");
            }
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var query = db.WorkforceRoles.AsNoTracking().Where(r => workforceType == null || r.WorkforceType == workforceType);
            var total = await query.CountAsync();
            var items = await query.OrderBy(r => r.Title).Skip(paging.Skip).Take(paging.PageSize)
                .Select(r => new { r.Id, r.Code, r.Title, r.WorkforceType, Sectors = r.Sectors.Select(s => s.SectorCode).ToList() })
                .ToListAsync();
            return Results.Ok(new PagedList<object>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Roles in the children's workforce");
    }
}
