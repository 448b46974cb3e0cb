using System.Net;

namespace OneWorkforce.Web.Security;

internal static class LocalRequests
{
    /// <summary>True for a request from this machine (loopback). The in-process test host has no address and counts as local.</summary>
    public static bool IsLocal(this HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
