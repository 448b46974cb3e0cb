using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OneWorkforce.Data.Accounts;

namespace OneWorkforce.Web.Security;

/// <summary>Puts a person's area, organisation and name into their sign-in, so every request knows their scope without a lookup.</summary>
internal sealed class AccountClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        if (user.AreaId is { } area)
        {
            identity.AddClaim(new Claim(ClaimNames.AreaId, area.ToString(CultureInfo.InvariantCulture)));
        }
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(ClaimNames.OrganisationId, organisation.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
