using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

internal static class AccountApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/me", (HttpContext context) =>
        {
            var scope = context.User.Scope();
            return Results.Ok(new
            {
                Id = scope.UserId,
                Email = context.User.Identity?.Name,
                Name = context.User.DisplayName(),
                Roles = scope.Roles.Order().ToList(),
                scope.AreaId,
                scope.OrganisationId,
            });
        }).WithSummary("Who the caller is: roles, area and organisation");
    }
}
