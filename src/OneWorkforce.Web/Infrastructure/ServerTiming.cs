using System.Diagnostics;
using System.Globalization;

namespace OneWorkforce.Web.Infrastructure;

/// <summary>Adds <c>Server-Timing: app;dur=…</c> (milliseconds spent in the app) to every response, for operations and benchmarks.</summary>
internal static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = "app;dur=" + elapsed.ToString("0.0", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next();
    });
}
