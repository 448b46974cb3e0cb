using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

internal static class AuditApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/audit", async (HttpContext context, OneWorkforceDbContext db, int? page, int? pageSize,
            string? entityType, string? entityId, string? action, string? actor) =>
        {
            if (!AccessRules.CanBrowseAuditLog(context.User.Scope()))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the national administrator can read the audit log");
            }
            var (paging, errors) = Paging.From(page, pageSize);
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var query = AuditQuery.Filter(db, new AuditFilter(entityType, entityId, action, actor));
            var total = await query.CountAsync();
            var items = await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync();
            return Results.Ok(new PagedList<Core.Audit.AuditEntry>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("The audit log, newest first (national administrator)");
    }
}

internal sealed record AuditFilter(string? EntityType, string? EntityId, string? Action, string? Actor);

internal static class AuditQuery
{
    public static IQueryable<Core.Audit.AuditEntry> Filter(OneWorkforceDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLower();
            query = query.Where(e => e.ActorName.ToLower().Contains(actor));
        }
        return query.OrderByDescending(e => e.Id);
    }
}
