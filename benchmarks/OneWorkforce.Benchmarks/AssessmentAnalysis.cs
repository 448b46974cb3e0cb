using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Demo;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// The self-assessment issue's benchmark: the analysis of 100,000 responses × 64 items. Writes that many
/// sent responses (random answers, 1 in 6 don't know, 3 groups, 5 localities) into a cycle of the demo area
/// in the database the environment names, then times the whole analysis (reading the answers, every cell,
/// arc, stage and overall figure, the group and locality breakdowns, the drafted findings) from cold and warm.
/// </summary>
internal static class AssessmentAnalysis
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var runs = args.Length > 1 ? int.Parse(args[1]) : 10;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
        AssessmentCycle cycle;
        Core.Areas.Area area;
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
            area = await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadAsync();
            var cycles = scope.ServiceProvider.GetRequiredService<AssessmentCycles>();
            var name = $"Benchmark {DateTime.UtcNow:yyyyMMddHHmmss}";
            cycle = (await cycles.CreateAsync(area, new CycleInput(name, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null, ["leaders", "frontline", "partners"]))).Value!;
            var db = scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var random = new Random(2009);
            var now = DateTime.UtcNow;
            string[] groups = ["leaders", "frontline", "partners"];
            string[] places = [.. DemoData.Districts];
            var written = Stopwatch.StartNew();
            await BulkWriter.For(connection).WriteAsync("questionnaire_responses",
                ["kind", "owner_id", "token", "resume_code", "group_code", "locality", "status", "channel", "started_at", "updated_at", "submitted_at", "answers_json", "score_line"],
                Enumerable.Range(0, count).Select(i => new object?[]
                {
                    AssessmentResponses.Kind, cycle.Id, $"bench{cycle.Id}x{i:D8}", $"B{cycle.Id}-{i:D8}", groups[i % 3], places[i % places.Length], "submitted", "paper",
                    now, now, now, "{}", new string(Enumerable.Range(0, 64).Select(_ => "12345D"[random.Next(6)]).ToArray()),
                }));
            Console.WriteLine($"Wrote {count:N0} responses × 64 items in {written.Elapsed.TotalSeconds:0.0} s");
        }
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            using var scope = services.CreateScope();
            var started = Stopwatch.GetTimestamp();
            var analysis = await scope.ServiceProvider.GetRequiredService<CycleAnalyses>().AnalyseAsync(area, cycle);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (run == 0)
            {
                Console.WriteLine($"Cold (first run, includes EF start-up): {ms:0} ms; respondents {analysis.Figures.Respondents:N0}, scores {analysis.Figures.Count:N0}, overall {MatrixAnalysis.Round(analysis.Figures.Overall!.Value)}");
                continue;
            }
            times.Add(ms);
        }
        times.Sort();
        Console.WriteLine($"Warm, {runs} runs: median {times[times.Count / 2]:0} ms, fastest {times[0]:0} ms, slowest {times[^1]:0} ms");

        var lines = Enumerable.Range(0, count).Select(i => new string((char)('1' + (i % 5)), 64)).ToList();
        var pure = Stopwatch.StartNew();
        var tally = new ScoreTally();
        foreach (var line in lines)
        {
            tally.AddLine(line);
        }
        _ = tally.Figures();
        Console.WriteLine($"The calculation alone (tally {count:N0} lines and work out the figures, no database): {pure.Elapsed.TotalMilliseconds:0} ms");
    }
}
