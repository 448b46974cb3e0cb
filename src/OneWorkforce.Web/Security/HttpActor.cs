using System.Security.Claims;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Web.Security;

/// <summary>The person making the current request, for the audit log.</summary>
internal sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string Id => User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public string Name => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? Id : "Anonymous visitor";
}
