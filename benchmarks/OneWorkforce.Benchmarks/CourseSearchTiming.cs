using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Course search over a generated offer (by default 2,000 courses with 10 sessions each = 20,000 sessions over the next
/// year, from 200 providers in one area with five districts), in the database the environment names: the searches
/// people make (no filter, a topic, evenings in a district, words, free and step-free, a page of the API's course list),
/// each run many times after a warm-up; the p50 and p95 of each.
/// </summary>
internal static class CourseSearchTiming
{
    public static async Task RunAsync(string[] args)
    {
        var sessionsWanted = int.TryParse(args.ElementAtOrDefault(0), out var n) ? n : 20_000;
        var runs = int.TryParse(args.ElementAtOrDefault(1), out var r) ? r : 200;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
        await using (var setup = services.CreateAsyncScope())
        {
            await setup.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
            await GenerateAsync(setup.ServiceProvider, sessionsWanted);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<CourseCatalogue>();
        var area = await db.Areas.SingleAsync(a => a.Code == "E10000099");
        var district = await db.Districts.Where(d => d.AreaId == area.Id).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        Console.WriteLine($"{await db.CourseSessions.CountAsync():N0} sessions of {await db.Courses.CountAsync():N0} courses; {runs} runs of each search after a warm-up.");
        Console.WriteLine("| search | results | p50 (ms) | p95 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        var searches = new (string Name, CourseFilter Filter, bool Courses)[]
        {
            ("everything, first page", new CourseFilter(), false),
            ("topic: safeguarding", new CourseFilter { Topic = "safeguarding" }, false),
            ("evenings in one district", new CourseFilter { Evening = true, District = district }, false),
            ("words: \"first aid\"", new CourseFilter { Text = "first aid" }, false),
            ("free for volunteers, step-free, places left", new CourseFilter { FreeForVolunteers = true, StepFree = true, PlacesLeft = true }, false),
            ("weekends, early years sector, next 3 months", new CourseFilter { Weekend = true, Sector = "early-years", To = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3) }, false),
            ("API course list, topic: first aid", new CourseFilter { Topic = "first-aid", Area = "E10000099" }, true),
        };
        foreach (var (name, filter, courses) in searches)
        {
            async Task<int> SearchAsync() => courses
                ? (await catalogue.CoursesAsync(filter, 0, 50)).Total
                : (await catalogue.SessionsAsync(filter, 0, 20)).Total;
            var results = await SearchAsync();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await SearchAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {name} | {results:N0} | {times[times.Count / 2]:0.0} | {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:0.0} |");
        }
    }

    private static async Task GenerateAsync(IServiceProvider services, int sessionsWanted)
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        if (await db.Areas.AnyAsync(a => a.Code == "E10000099"))
        {
            return;
        }
        var areas = services.GetRequiredService<AreaAdministration>();
        var area = (await areas.CreateAreaAsync(new AreaInput("Benchmarkshire", "E10000099", ["North", "South", "East", "West", "Central"]))).Value!;
        var districts = await db.Districts.Where(d => d.AreaId == area.Id).Select(d => d.Id).ToListAsync();
        var random = new Random(2026);
        var providers = new List<int>();
        for (var p = 0; p < 200; p++)
        {
            var made = await areas.CreateOrganisationAsync(area.Id, new OrganisationInput($"Provider {p:000}", $"BP{p:0000}", "independent", []));
            providers.Add(made.Value!.Id);
        }
        var topics = WorkforceCodes.TrainingTopics.Items.Select(i => i.Code).ToArray();
        var sectors = OneWorkforce.Core.Reference.WorkforceCodeLists.WorkforceSectors.Items.Select(i => i.Code).ToArray();
        var words = new[] { "first aid", "safeguarding", "communication", "play", "behaviour", "leadership", "transitions", "food hygiene", "induction", "autism" };
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var courses = (sessionsWanted + 9) / 10;
        for (var c = 0; c < courses; c++)
        {
            var topic = topics[random.Next(topics.Length)];
            var course = new Course
            {
                ProviderOrganisationId = providers[random.Next(providers.Count)], AreaId = area.Id,
                Title = $"{char.ToUpperInvariant(words[c % words.Length][0])}{words[c % words.Length][1..]} course {c}", Summary = "Generated for the benchmark.",
                Topic = topic, Tier = TrainingCodes.Tiers.Items[random.Next(3)].Code, SafeguardingLevel = topic == "safeguarding" ? $"{1 + random.Next(3)}" : null,
                AudienceSectors = random.Next(3) == 0 ? sectors[random.Next(sectors.Length)] : null, AudienceWorkforce = "both",
                Delivery = TrainingCodes.Deliveries.Items[random.Next(4)].Code, CostPence = random.Next(3) == 0 ? 0 : 100 * random.Next(10, 200),
                FreeForVolunteers = random.Next(2) == 0, CreatedAt = now, UpdatedAt = now,
            };
            for (var s = 0; s < 10; s++)
            {
                var date = today.AddDays(1 + random.Next(365));
                var start = random.Next(4) == 0 ? new TimeOnly(18, 30) : new TimeOnly(9, 30);
                var session = new CourseSession
                {
                    StartsAt = SessionTiming.FromUk(date, start), EndsAt = SessionTiming.FromUk(date, start.AddHours(3)), Venue = "Venue " + random.Next(100),
                    DistrictId = districts[random.Next(districts.Count)], StepFreeAccess = random.Next(4) != 0, Capacity = 10 + random.Next(30),
                    PlacesTaken = random.Next(10), BookingDeadline = date.AddDays(-2), CancellationDeadline = date.AddDays(-5), CreatedAt = now,
                };
                SessionTiming.Apply(session);
                course.Sessions.Add(session);
            }
            db.Courses.Add(course);
            if (c % 200 == 199)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
