using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Data.Reference;
using OneWorkforce.Data.Schema;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Times the early years import: each run makes a fresh SQLite database with the schema and
/// reference data (not timed), then imports the file (timed). Arguments: FILE [runs]
/// </summary>
internal static class ImportTiming
{
    public static async Task RunAsync(string[] args)
    {
        var file = args[0];
        var runs = args.Length > 1 ? int.Parse(args[1]) : 7;
        var bytes = await File.ReadAllBytesAsync(file);
        var times = new List<double>();
        for (var run = 0; run < runs + 1; run++)
        {
            var path = Path.Combine(Path.GetTempPath(), $"ow-bench-{Guid.NewGuid():N}.db");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:OneWorkforce"] = $"Data Source={path}",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync();
            }
            await using (var scope = services.CreateAsyncScope())
            {
                var started = Stopwatch.GetTimestamp();
                var summary = await scope.ServiceProvider.GetRequiredService<EarlyYearsImport>().ImportAsync(Path.GetFileName(file), bytes);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!summary.Succeeded)
                {
                    throw new InvalidOperationException(summary.Problems[0].ToString());
                }
                if (run > 0)
                {
                    times.Add(elapsed); // the first run warms up the JIT and is not counted
                }
                else
                {
                    Console.WriteLine($"{Path.GetFileName(file)}: {summary.Added} rows added per run");
                }
            }
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
        times.Sort();
        Console.WriteLine($"| import | runs | median (ms) | fastest (ms) | slowest (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine($"| `{Path.GetFileName(file)}` into an empty SQLite database | {runs} | {PageLatency.P(times, 50):0} | {times[0]:0} | {times[^1]:0} |");
    }

    /// <summary>
    /// Times the import of each FILE into the database the environment names (Database__Provider,
    /// ConnectionStrings__OneWorkforce), then the same import again (which changes nothing). A dry run
    /// of the first file warms up first (JIT, the EF model) and is not counted.
    /// </summary>
    public static async Task IntoExistingAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
        async Task<(ImportSummary Summary, double Milliseconds)> Import(string file, bool dryRun)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            await using var scope = services.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            var summary = await scope.ServiceProvider.GetRequiredService<EarlyYearsImport>().ImportAsync(Path.GetFileName(file), bytes, dryRun);
            return (summary, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        await Import(args[0], dryRun: true);
        Console.WriteLine("| file | rows | import (ms) | added | updated | unchanged | same file again (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var file in args)
        {
            var (summary, first) = await Import(file, dryRun: false);
            if (!summary.Succeeded)
            {
                Console.WriteLine($"  refused: {summary.Problems[0]}");
                return;
            }
            var (_, again) = await Import(file, dryRun: false);
            Console.WriteLine($"| `{Path.GetFileName(file)}` | {summary.Added + summary.Updated + summary.Unchanged} | {first:0} | {summary.Added} | {summary.Updated} | {summary.Unchanged} | {again:0} |");
        }
    }
}
