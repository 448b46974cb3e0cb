using System.Diagnostics;
using System.Globalization;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Page latency: requests each path many times from one client on loopback and reports the
/// server's own time (Server-Timing header) and the time seen by the client, as percentiles.
/// Arguments: BASE_URL [requests] [path …]
/// </summary>
internal static class PageLatency
{
    public static readonly string[] DefaultPaths =
    [
        "/", "/account/sign-in", "/api/v1/reference/roles", "/health",
        "/qualifications", "/qualifications?Q=early+years+educator&Level=3", "/qualifications/EYQ-240",
        "/api/v1/qualifications?q=diploma&level=3", "/qualifications/EYQ-247", "/qualifications/coverage",
        "/qualifications/EYQ-247/credit?Holds=EYQ-248", "/api/v1/progression?from=EYQ-248&to=EYQ-247",
    ];

    public static async Task RunAsync(string[] args)
    {
var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5099";
var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var paths = args.Length > 2 ? args[2..] : DefaultPaths;

using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
// Production cookies are secure-only: act as a TLS-terminating proxy on loopback would.
client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
Console.WriteLine($"| path | requests | server p50 (ms) | server p95 (ms) | server p99 (ms) | client p50 (ms) | client p95 (ms) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var path in paths)
{
    for (var i = 0; i < Math.Min(100, requests); i++)
    {
        (await client.GetAsync(path)).EnsureSuccessStatusCode(); // warm up: JIT, caches, connection pool
    }
    var server = new List<double>(requests);
    var seen = new List<double>(requests);
    for (var i = 0; i < requests; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        seen.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        response.EnsureSuccessStatusCode();
        var timing = response.Headers.GetValues("Server-Timing").Single();
        server.Add(double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture));
    }
    Console.WriteLine($"| `{path}` | {requests} | {P(server, 50):0.0} | {P(server, 95):0.0} | {P(server, 99):0.0} | {P(seen, 50):0.0} | {P(seen, 95):0.0} |");
}
    }

    public static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
}
}
