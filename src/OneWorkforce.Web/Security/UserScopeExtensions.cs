using System.Globalization;
using System.Security.Claims;
using OneWorkforce.Core.Access;

namespace OneWorkforce.Web.Security;

internal static class UserScopeExtensions
{
    /// <summary>The signed-in person's roles, area and organisation, for <see cref="AccessRules"/>.</summary>
    public static UserScope Scope(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return UserScope.Anonymous;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new UserScope(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", roles,
            IntClaim(user, ClaimNames.AreaId), IntClaim(user, ClaimNames.OrganisationId));
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimNames.DisplayName) ?? user.Identity?.Name ?? "";

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
