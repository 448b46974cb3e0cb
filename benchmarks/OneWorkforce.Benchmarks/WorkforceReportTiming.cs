using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Times every intelligence report for a whole area (with disclosure control, as a lead sees it), in the database the
/// environment names: one warm-up, then the median and the slowest of the runs. The area is the one named by its code.
/// </summary>
internal static class WorkforceReportTiming
{
    public static async Task RunAsync(string[] args)
    {
        var code = args.ElementAtOrDefault(0) ?? "E06000019";
        var runs = int.TryParse(args.ElementAtOrDefault(1), out var r) ? r : 5;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>();
        var area = await db.Areas.SingleAsync(a => a.Code == code);
        var workers = await db.Workers.CountAsync(w => w.AreaId == area.Id);
        var training = await db.TrainingRecords.CountAsync(t => t.AreaId == area.Id);
        var intelligence = scope.ServiceProvider.GetRequiredService<WorkforceIntelligence>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Console.WriteLine($"Area {code}: {workers:N0} workers, {training:N0} training records; {runs} runs after one warm-up.");
        Console.WriteLine("| report | median (ms) | slowest (ms) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var report in WorkforceReports.All)
        {
            await intelligence.BuildAsync(report, new ReportFilter(area.Id), today, suppress: true);
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await intelligence.BuildAsync(report, new ReportFilter(area.Id), today, suppress: true);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {report.Name} | {times[times.Count / 2]:0} | {times[^1]:0} |");
        }
    }
}
