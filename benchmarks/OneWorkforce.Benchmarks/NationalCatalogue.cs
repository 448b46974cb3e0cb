using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Adds a generated national-size catalogue to a database that already has the schema, reference
/// data and demo data: qualifications up to 50,000, 500,000 units, 2,000,000 unit links (40 per
/// qualification in a mandatory and an optional group), every unit mapped to the Common Core 2010
/// (a third of them to a second area, partially), roles up to 1,000 with sectors, clusters under
/// both schemes and 30 qualification links each, and 20,000 provider offers. Deterministic (seed 2026).
/// Uses Database__Provider and ConnectionStrings__OneWorkforce like the app.
/// </summary>
internal static class NationalCatalogue
{
    private const int Qualifications = 50_000, Units = 500_000, MandatoryPerQualification = 25, OptionalPerQualification = 15,
        Roles = 1_000, LinksPerRole = 30, Offers = 20_000;

    private static readonly string[] Subjects =
    [
        "Children's Care, Learning and Development", "Early Years Education", "Playwork", "Youth Work", "Health and Social Care",
        "Supporting Teaching and Learning in Schools", "Social Work", "Counselling Skills", "Family Support", "Special Educational Needs",
        "Safeguarding Children", "Speech, Language and Communication", "Learning Mentoring", "Nursery Management", "Child Protection",
        "Sport Coaching", "Outdoor Learning", "Forest School Leadership", "Paediatric First Aid", "Community Development",
        "Parenting Support", "Youth Justice", "Leadership and Management for Care Services", "Children and Young People's Workforce",
        "Home-based Childcare", "Maternity Support", "Health Visiting", "School Nursing", "Educational Psychology", "Connexions Advice and Guidance",
        "Information, Advice and Guidance", "Residential Childcare", "Foster Care", "Adoption Support", "Substance Misuse Work with Young People",
        "Mental Health Awareness", "Autism Awareness", "Behaviour Support", "Attachment and Trauma", "Domestic Abuse Awareness",
    ];

    private static readonly string[] UnitTopics =
    [
        "Promote communication", "Engage in personal development", "Promote equality and inclusion", "Principles of safeguarding",
        "Understand child development", "Support children's play", "Keep children safe", "Work in partnership with families",
        "Plan and lead activities", "Observe and assess learning", "Promote healthy eating", "Support transitions",
        "Manage risk in outdoor play", "Reflect on practice", "Lead a team", "Record and report concerns", "Support positive behaviour",
        "Understand multi-agency working", "Deliver first aid", "Support disabled children",
    ];

    private static readonly string[] Types = ["award", "certificate", "diploma", "nvq", "degree", "foundation-degree", "apprenticeship", "professional-status"];

    private static readonly string[] Levels = ["entry", "1", "2", "3", "3", "3", "4", "5", "6", "7", "8"];

    public static async Task RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddOneWorkforceData(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var bulk = BulkWriter.For(connection);
        var random = new Random(2026);
        var now = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
        var total = Stopwatch.StartNew();

        var firstQualification = await MaxIdAsync(connection, "qualifications") + 1;
        var existingQualifications = await CountAsync(connection, "qualifications");
        var newQualifications = Math.Max(0, Qualifications - existingQualifications);
        var firstBody = await MaxIdAsync(connection, "awarding_bodies") + 1;
        const int bodies = 300;
        await Step("awarding bodies", () => bulk.WriteAsync("awarding_bodies", ["id", "name", "key"],
            Enumerable.Range(0, bodies).Select(i => new object?[] { firstBody + i, $"Generated Awarding Body {i + 1}", $"generated awarding body {i + 1}" })));
        await bulk.ResetIdentityAsync("awarding_bodies");

        await Step("qualifications", () => bulk.WriteAsync("qualifications",
            ["id", "reference", "number", "title", "title_key", "level_code", "type_code", "awarding_body_id", "awarding_body_as_written", "credits",
             "guided_learning_hours", "total_qualification_time", "status", "valid_from", "source", "version_group", "created_at", "updated_at"],
            Enumerable.Range(0, newQualifications).Select(i =>
            {
                var level = Levels[random.Next(Levels.Length)];
                var type = Types[random.Next(Types.Length)];
                var body = random.Next(bodies);
                var title = $"Level {LevelWord(level)} {Capitalised(type)} in {Subjects[random.Next(Subjects.Length)]} ({Pathway(i)})";
                var reference = $"GEN-{i + 1}";
                return new object?[]
                {
                    firstQualification + i, reference, $"{600 + i / 10000:000}/{i % 10000:0000}/{i % 10}", title, QualificationIdentity.NormaliseTitle(title),
                    level, type, firstBody + body, $"Generated Awarding Body {body + 1}", 40 + random.Next(200), 100 + random.Next(600), 200 + random.Next(1200),
                    random.Next(5) == 0 ? QualificationStatus.Withdrawn : QualificationStatus.Current, new DateOnly(2010 + random.Next(15), 1 + random.Next(12), 1),
                    "generated", reference, now, now,
                };
            })));
        await bulk.ResetIdentityAsync("qualifications");

        var firstUnit = await MaxIdAsync(connection, "units") + 1;
        await Step("units", () => bulk.WriteAsync("units", ["id", "reference", "title", "level_code", "credits", "guided_learning_hours"],
            Enumerable.Range(0, Units).Select(i => new object?[]
            {
                firstUnit + i, $"GU/{i + 1:000000}", $"{UnitTopics[random.Next(UnitTopics.Length)]} ({Pathway(i)})", Levels[1 + random.Next(Levels.Length - 1)],
                1 + random.Next(10), 5 + random.Next(60),
            })));
        await bulk.ResetIdentityAsync("units");

        // Two groups per generated qualification: M (mandatory) and O (optional, at least 10 credits).
        var firstGroup = await MaxIdAsync(connection, "unit_groups") + 1;
        await Step("unit groups", () => bulk.WriteAsync("unit_groups", ["id", "qualification_id", "code", "title", "mandatory", "min_credits", "min_units"],
            Enumerable.Range(0, newQualifications * 2).Select(i => i % 2 == 0
                ? new object?[] { firstGroup + i, firstQualification + i / 2, "M", "Mandatory units", true, null, null }
                : new object?[] { firstGroup + i, firstQualification + i / 2, "O", "Optional units", false, 10, null })));
        await bulk.ResetIdentityAsync("unit_groups");
        await Step("unit links", () => bulk.WriteAsync("unit_group_members", ["group_id", "unit_id"],
            Enumerable.Range(0, newQualifications * 2).SelectMany(g =>
            {
                var size = g % 2 == 0 ? MandatoryPerQualification : OptionalPerQualification;
                var chosen = new HashSet<int>();
                while (chosen.Count < size)
                {
                    chosen.Add(random.Next(Units));
                }
                return chosen.Select(u => new object?[] { firstGroup + g, firstUnit + u });
            })));

        var areas = await IdsAsync(connection, $"SELECT a.id FROM framework_areas a JOIN frameworks f ON f.id = a.framework_id WHERE f.code = '{CommonCore.FrameworkCode}' AND f.version = '2010' ORDER BY a.number");
        await Step("Common Core mappings", () => bulk.WriteAsync("framework_mappings", ["framework_area_id", "unit_id", "strength", "rationale", "mapped_by", "mapped_at"],
            Enumerable.Range(0, Units).SelectMany(u =>
            {
                var first = random.Next(areas.Count);
                var rows = new List<object?[]> { new object?[] { areas[first], firstUnit + u, "full", null, "national catalogue generator", now } };
                if (u % 3 == 0)
                {
                    rows.Add([areas[(first + 1 + random.Next(areas.Count - 1)) % areas.Count], firstUnit + u, "partial", null, "national catalogue generator", now]);
                }
                return rows;
            })));

        var existingRoles = await CountAsync(connection, "workforce_roles");
        var firstRole = await MaxIdAsync(connection, "workforce_roles") + 1;
        var newRoles = Math.Max(0, Roles - existingRoles);
        var sectors = WorkforceCodeLists.WorkforceSectors.Items.Select(s => s.Code).ToList();
        await Step("roles", () => bulk.WriteAsync("workforce_roles", ["id", "code", "title", "description", "workforce_type"],
            Enumerable.Range(0, newRoles).Select(i => new object?[]
            {
                firstRole + i, $"generated-role-{i + 1}", $"{Subjects[i % Subjects.Length]} worker, grade {i / Subjects.Length + 1}", "A generated role for the national-size benchmark.",
                i % 4 == 0 ? "core" : "wider",
            })));
        await bulk.ResetIdentityAsync("workforce_roles");
        await Step("role sectors", () => bulk.WriteAsync("workforce_role_sectors", ["role_id", "sector_code"],
            Enumerable.Range(0, newRoles).SelectMany(i => new[] { sectors[i % sectors.Count], sectors[(i + 3) % sectors.Count] }.Distinct()
                .Select(s => new object?[] { firstRole + i, s }))));
        var schemes = await IdsAsync(connection, "SELECT id FROM cluster_schemes ORDER BY code");
        await Step("role clusters", () => bulk.WriteAsync("role_clusters", ["scheme_id", "role_id", "cluster"],
            Enumerable.Range(0, newRoles).SelectMany(i => schemes.Select((s, n) => new object?[] { s, firstRole + i, $"Generated cluster {(i + n) % 12 + 1}" }))));
        await Step("role links", () => bulk.WriteAsync("role_qualifications", ["role_id", "qualification_id", "significance", "mandatory", "note"],
            Enumerable.Range(0, newRoles).SelectMany(i =>
            {
                var chosen = new HashSet<int>();
                while (chosen.Count < LinksPerRole)
                {
                    chosen.Add(random.Next(newQualifications));
                }
                return chosen.Select((q, n) => new object?[] { firstRole + i, firstQualification + q, n < 10 ? "significant" : "general", n < 2, null });
            })));

        await Step("provider offers", () => bulk.WriteAsync("provider_offers", ["qualification_id", "provider", "delivery_mode", "cost_pence", "funding", "start_dates", "url"],
            Enumerable.Range(0, Offers).Select(i => new object?[]
            {
                firstQualification + random.Next(newQualifications), $"Generated Training Provider {i % 500 + 1}", ProviderOffers.DeliveryModes[i % ProviderOffers.DeliveryModes.Count].Code,
                50_00 + random.Next(2000) * 100, i % 3 == 0 ? "Advanced learner loan" : null, "September, January", null,
            })));

        await ScalarAsync(connection, "ANALYZE"); // fresh planner statistics on both databases
        Console.WriteLine($"National catalogue written in {total.Elapsed.TotalSeconds:0} s: " +
                          $"{await CountAsync(connection, "qualifications"):N0} qualifications, {await CountAsync(connection, "units"):N0} units, " +
                          $"{await CountAsync(connection, "unit_group_members"):N0} unit links, {await CountAsync(connection, "framework_mappings"):N0} mappings, " +
                          $"{await CountAsync(connection, "workforce_roles"):N0} roles.");
    }

    private static async Task Step(string what, Func<Task<int>> writing)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = await writing();
        Console.WriteLine($"  {what}: {rows:N0} rows in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }

    private static string LevelWord(string level) => level switch { "entry" => "Entry", _ => level };

    private static string Capitalised(string type) => char.ToUpperInvariant(type[0]) + type[1..].Replace('-', ' ');

    /// <summary>A pathway name that keeps generated titles from all being the same few.</summary>
    private static string Pathway(int i) => $"{PathwayWords[i % PathwayWords.Length]} pathway {i / PathwayWords.Length % 997 + 1}";

    private static readonly string[] PathwayWords = ["Northern", "Southern", "Eastern", "Western", "Central", "Rural", "Urban", "Coastal", "Blended", "Workplace", "Intensive"];

    private static async Task<long> MaxIdAsync(DbConnection connection, string table) =>
        Convert.ToInt64(await ScalarAsync(connection, $"SELECT COALESCE(MAX(id), 0) FROM {table}"));

    private static async Task<int> CountAsync(DbConnection connection, string table) =>
        Convert.ToInt32(await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}"));

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<long>> IdsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(Convert.ToInt64(reader.GetValue(0)));
        }
        return ids;
    }
}
