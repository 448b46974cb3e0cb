using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// The compliance dashboard of one area: by default 50,000 people in post in 500 organisations with 500,000 training
/// records between them (ten each: safeguarding at levels 1 to 3, first aid, the Common Core, others, done over the last
/// six years), the area's required training for every role and 50 organisations' own on top. Times what the page does:
/// assess everyone, count by role and training and by organisation, and suppress both tables; then one organisation's.
/// </summary>
internal static class ComplianceTiming
{
    private const string AreaCode = "E10000098";

    public static async Task RunAsync(string[] args)
    {
        var workers = int.TryParse(args.ElementAtOrDefault(0), out var w) ? w : 50_000;
        var recordsEach = int.TryParse(args.ElementAtOrDefault(1), out var r) ? r : 10;
        var runs = int.TryParse(args.ElementAtOrDefault(2), out var n) ? n : 20;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddOneWorkforceData(configuration).BuildServiceProvider();
        await using (var setup = services.CreateAsyncScope())
        {
            await setup.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
            await GenerateAsync(setup.ServiceProvider, workers, recordsEach);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>();
        var compliance = scope.ServiceProvider.GetRequiredService<TrainingCompliance>();
        var area = await db.Areas.SingleAsync(a => a.Code == AreaCode);
        var names = await db.Organisations.Where(o => o.AreaId == area.Id).ToDictionaryAsync(o => o.Id, o => o.Name);
        var oneOrganisation = names.Keys.Min();
        Console.WriteLine($"{await db.Workers.CountAsync(x => x.AreaId == area.Id):N0} people in {names.Count:N0} organisations, " +
            $"{await db.TrainingRecords.CountAsync(x => x.AreaId == area.Id):N0} training records; {runs} runs of each after a warm-up.");
        Console.WriteLine("| dashboard | people assessed | checks | p50 (ms) | p95 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, organisation) in new[] { ("area (by role and training, by organisation, both suppressed)", (int?)null), ("one organisation (in full)", oneOrganisation) })
        {
            async Task<ComplianceResult> DashboardAsync()
            {
                var result = await compliance.AssessAsync(area.Id, organisation);
                ComplianceTable.Build(result.ByRoleAndTopic(), suppress: organisation is null);
                if (organisation is null)
                {
                    ComplianceTable.Build(result.ByOrganisation(names), suppress: true);
                }
                return result;
            }
            var first = await DashboardAsync();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await DashboardAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {name} | {first.People.Count:N0} | {first.People.Sum(p => p.Checks.Count):N0} | {times[times.Count / 2]:0} | {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:0} |");
        }
        // Where the area's time goes: the reads and the rules, then the two suppressed tables.
        var assessed = await compliance.AssessAsync(area.Id);
        var parts = new (string Name, Func<Task> Work)[]
        {
            ("of which: reading and assessing", () => compliance.AssessAsync(area.Id)),
            ("of which: counting and suppressing the tables", () =>
            {
                ComplianceTable.Build(assessed.ByRoleAndTopic(), suppress: true);
                ComplianceTable.Build(assessed.ByOrganisation(names), suppress: true);
                return Task.CompletedTask;
            }),
        };
        foreach (var (name, work) in parts)
        {
            var times = new List<double>();
            for (var i = 0; i < Math.Max(5, runs / 2); i++)
            {
                var started = Stopwatch.GetTimestamp();
                await work();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {name} | | | {times[times.Count / 2]:0} | {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:0} |");
        }
    }

    private static async Task GenerateAsync(IServiceProvider services, int workerCount, int recordsEach)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        if (await db.Areas.AnyAsync(a => a.Code == AreaCode))
        {
            return;
        }
        var written = Stopwatch.StartNew();
        var areas = services.GetRequiredService<AreaAdministration>();
        var area = (await areas.CreateAreaAsync(new AreaInput("Compliancebury", AreaCode, ["North", "South", "East", "West", "Central"]))).Value!;
        var organisations = new List<int>();
        for (var o = 0; o < 500; o++)
        {
            organisations.Add((await areas.CreateOrganisationAsync(area.Id, new OrganisationInput($"Employer {o:000}", $"CB{o:0000}", "independent", []))).Value!.Id);
        }
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        db.TrainingRequirements.AddRange(
            Required(area.Id, null, TrainingRequirement.AnyRole, "safeguarding", "1", 3),
            Required(area.Id, null, "early-years-worker", "safeguarding", "2", 3),
            Required(area.Id, null, "early-years-worker", "first-aid", null, 3),
            Required(area.Id, null, "early-years-worker", "common-core", null, null, "1;2;3;4;5;6"),
            Required(area.Id, null, "childcare-playworker", "first-aid", null, 3),
            Required(area.Id, null, "senco", "send", null, 2));
        db.TrainingRequirements.AddRange(organisations.Take(50).Select(o => Required(area.Id, o, "early-years-worker", "food-hygiene", null, 3)));
        await db.SaveChangesAsync();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var firstId = (await db.Workers.MaxAsync(x => (long?)x.Id) ?? 0) + 1;
        string[] roles = ["early-years-worker", "early-years-worker", "childcare-playworker", "school-workforce", "senco", "learning-mentor", "nurse", "community-worker"];
        var random = new Random(5050);
        var people = Enumerable.Range(0, workerCount).Select(i => (Id: firstId + i, Organisation: organisations[i % organisations.Count], Staff: $"C{i:D7}", Role: roles[random.Next(roles.Length)])).ToList();
        var bulk = BulkWriter.For(connection);
        await bulk.WriteAsync("workers", ["id", "area_id", "organisation_id", "staff_reference", "role", "contract", "start_date", "updated_at"],
            people.Select(p => new object?[] { p.Id, area.Id, p.Organisation, p.Staff, p.Role, "full-time", today.AddYears(-random.Next(1, 10)), now }));
        await bulk.ResetIdentityAsync("workers");
        (string Topic, string? Level, string? Areas)[] kinds =
        [
            ("safeguarding", "1", null), ("safeguarding", "2", null), ("safeguarding", "3", null), ("first-aid", null, null), ("common-core", null, null),
            ("common-core", null, "1;2;3"), ("food-hygiene", null, null), ("send", null, null), ("behaviour", null, null), ("health-and-safety", null, null),
        ];
        await bulk.WriteAsync("training_records", ["area_id", "organisation_id", "worker_id", "staff_reference", "title", "topic", "completed_on", "safeguarding_level", "common_core_areas", "updated_at"],
            people.SelectMany(p => Enumerable.Range(0, recordsEach).Select(k =>
            {
                var kind = kinds[random.Next(kinds.Length)];
                return new object?[] { area.Id, p.Organisation, p.Id, p.Staff, $"Course {k}", kind.Topic, today.AddDays(-random.Next(6 * 365)), kind.Level, kind.Areas, now };
            })));
        await bulk.ResetIdentityAsync("training_records");
        if (db.Database.IsNpgsql())
        {
            // As autovacuum leaves a table in steady use: statistics, and a visibility map so the index is read without the table.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE workers");
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE training_records");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        Console.WriteLine($"Generated {workerCount:N0} people and {workerCount * recordsEach:N0} training records in {written.Elapsed.TotalSeconds:0} s.");
    }

    private static TrainingRequirement Required(int area, int? organisation, string role, string topic, string? level, int? years, string? areas = null) => new()
    {
        AreaId = area, OrganisationId = organisation, Role = role, Topic = topic, SafeguardingLevel = level, RefreshYears = years, CommonCoreAreas = areas, CreatedAt = DateTime.UtcNow,
    };
}
