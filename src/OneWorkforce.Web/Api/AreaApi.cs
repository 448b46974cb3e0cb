using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

/// <summary>Areas and their organisations. Every record is checked against the caller's scope on the server.</summary>
internal static class AreaApi
{
    public sealed record AreaSummary(string Code, string Name, IReadOnlyList<string> Districts, int Organisations);

    public sealed record OrganisationSummary(int Id, string Reference, string Name, string EmployerSector, IReadOnlyList<string> Categories, string AreaCode);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/areas", async (HttpContext context, OneWorkforceDbContext db, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var scope = context.User.Scope();
            var query = db.Areas.AsNoTracking()
                .Where(a => scope.IsNationalAdministrator || (scope.Roles.Contains(ServiceRoles.AreaLead) && a.Id == scope.AreaId));
            var total = await query.CountAsync();
            var items = await query.OrderBy(a => a.Name).Skip(paging.Skip).Take(paging.PageSize)
                .Select(a => new AreaSummary(a.Code, a.Name, a.Districts.OrderBy(d => d.Name).Select(d => d.Name).ToList(), a.Organisations.Count))
                .ToListAsync();
            return Results.Ok(new PagedList<AreaSummary>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Areas the caller can see");

        group.MapPost("/areas", async (HttpContext context, AreaAdministration areas, AreaInput input) =>
        {
            if (!AccessRules.CanManageAreas(context.User.Scope()))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the national administrator can create areas");
            }
            var outcome = await areas.CreateAreaAsync(input);
            if (!outcome.Succeeded)
            {
                return ApiResults.Invalid(outcome.Errors);
            }
            var area = outcome.Value!;
            return Results.Created($"/api/v1/areas/{area.Code}", new AreaSummary(area.Code, area.Name, area.Districts.Select(d => d.Name).ToList(), 0));
        }).WithSummary("Create an area (national administrator)");

        group.MapGet("/areas/{code}", async (string code, HttpContext context, OneWorkforceDbContext db) =>
        {
            var area = await db.Areas.AsNoTracking().Include(a => a.Districts).SingleOrDefaultAsync(a => a.Code == code.ToUpper());
            if (area is null || !AccessRules.CanViewArea(context.User.Scope(), area.Id))
            {
                return ApiResults.NotFound("area");
            }
            var count = await db.Organisations.CountAsync(o => o.AreaId == area.Id);
            return Results.Ok(new AreaSummary(area.Code, area.Name, area.Districts.OrderBy(d => d.Name).Select(d => d.Name).ToList(), count));
        }).WithSummary("One area");

        group.MapGet("/areas/{code}/organisations", async (string code, HttpContext context, OneWorkforceDbContext db, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
            if (area is null || !AccessRules.CanViewArea(context.User.Scope(), area.Id))
            {
                return ApiResults.NotFound("area");
            }
            var query = db.Organisations.AsNoTracking().Where(o => o.AreaId == area.Id);
            var total = await query.CountAsync();
            var items = await query.OrderBy(o => o.Name).Skip(paging.Skip).Take(paging.PageSize)
                .Select(o => new OrganisationSummary(o.Id, o.Reference, o.Name, o.EmployerSector, o.Categories.Select(c => c.CategoryCode).ToList(), area.Code))
                .ToListAsync();
            return Results.Ok(new PagedList<OrganisationSummary>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Organisations of an area");

        group.MapGet("/organisations/{id:int}", async (int id, HttpContext context, OneWorkforceDbContext db) =>
        {
            var organisation = await db.Organisations.AsNoTracking().Include(o => o.Categories).Include(o => o.Area)
                .SingleOrDefaultAsync(o => o.Id == id);
            if (organisation is null || !AccessRules.CanViewOrganisation(context.User.Scope(), organisation.AreaId, organisation.Id))
            {
                return ApiResults.NotFound("organisation");
            }
            return Results.Ok(new OrganisationSummary(organisation.Id, organisation.Reference, organisation.Name, organisation.EmployerSector,
                organisation.Categories.Select(c => c.CategoryCode).ToList(), organisation.Area!.Code));
        }).WithSummary("One organisation");

        group.MapGet("/organisations/{id:int}/people", async (int id, HttpContext context, OneWorkforceDbContext db, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            if (!AccessRules.CanManagePeopleOf(context.User.Scope(), id))
            {
                return ApiResults.NotFound("organisation");
            }
            var query = db.Users.AsNoTracking().Where(u => u.OrganisationId == id);
            var total = await query.CountAsync();
            var items = await query.OrderBy(u => u.DisplayName).Skip(paging.Skip).Take(paging.PageSize)
                .Select(u => new
                {
                    u.Id,
                    u.DisplayName,
                    u.Email,
                    Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                    Invited = u.PasswordHash == null,
                }).ToListAsync();
            return Results.Ok(new PagedList<object>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Accounts of an organisation's people (its managers only)");
    }
}
