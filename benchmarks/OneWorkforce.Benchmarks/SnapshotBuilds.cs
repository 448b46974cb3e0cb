using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWorkforce.Data;
using OneWorkforce.Data.Catalogue;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Builds every catalogue snapshot from cold, as a node does at start-up or after a change, in the database
/// the environment names, and prints each build's time (the snapshots' own log lines) and the process's memory.
/// </summary>
internal static class SnapshotBuilds
{
    public static async Task RunAsync()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection()
            .AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning).AddFilter("OneWorkforce.Data.Catalogue", LogLevel.Information))
            .AddOneWorkforceData(configuration).BuildServiceProvider();
        var started = Stopwatch.GetTimestamp();
        await CatalogueWarmer.WarmAsync(services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        GC.Collect();
        Console.WriteLine($"All snapshots built in {elapsed:0.0} s; managed heap after a full collection {GC.GetTotalMemory(true) / 1048576.0:0} MB");
    }
}
