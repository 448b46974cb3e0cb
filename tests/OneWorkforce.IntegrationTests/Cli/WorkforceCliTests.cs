using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Cli;

/// <summary>
/// The workforce commands on a real database (in-process; the import that is killed as the real program): generate and import files, report with suppression,
/// and an import killed in the middle of its transaction leaves the database as it was.
/// </summary>
public sealed class WorkforceCliTests
{
    private static Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args) => Cli.RunAsync(database, args);

    private static async Task<string> FilesAsync(TestDatabase database, int organisations, int workers)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"workforce-{Guid.NewGuid():N}");
        var generate = await RunAsync(database, "workforce", "generate", "--organisations", organisations.ToString(), "--workers", workers.ToString(), "--training", "--out", folder);
        Assert.True(generate.Exit == 0, generate.Error);
        var area = await RunAsync(database, "areas", "create", "--name", "Demoshire", "--code", "E06000019",
            "--district", "Northbridge", "--district", "Southfield", "--district", "Eastwick", "--district", "Westmoor", "--district", "Central Demoshire");
        Assert.True(area.Exit == 0, area.Error);
        return folder;
    }

    [Fact]
    public async Task Import_then_report_gives_suppressed_figures_that_add_up_and_a_second_import_changes_nothing()
    {
        using var database = new TestDatabase();
        var folder = await FilesAsync(database, 40, 1_000);
        string[] files = [Path.Combine(folder, "organisations.csv"), Path.Combine(folder, "workers.csv"), Path.Combine(folder, "training.csv")];

        var first = await RunAsync(database, ["workforce", "import", "--area", "E06000019", .. files]);
        var second = await RunAsync(database, ["workforce", "import", "--area", "E06000019", .. files]);
        var report = await RunAsync(database, "workforce", "report", "headcount", "--area", "E06000019", "--format", "json");
        var csv = await RunAsync(database, "workforce", "report", "ethnicity", "--area", "E06000019", "--format", "csv", "--district", "Northbridge");
        var unknown = await RunAsync(database, "workforce", "report", "salaries", "--area", "E06000019");

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("workers: 1,000 rows: 1,000 added", first.Out);
        Assert.Contains("workers: 1,000 rows: 0 added, 0 updated, 1,000 unchanged, 0 removed.", second.Out);
        var json = JsonDocument.Parse(report.Out).RootElement;
        Assert.True(json.GetProperty("suppressed").GetBoolean());
        var rows = json.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().ToList();
        var total = rows[^1].GetProperty("values")[0].GetDouble();
        Assert.InRange(total, 800, 1_000); // in post today: the rest left in the last year
        Assert.All(rows, r => Assert.True(r.GetProperty("hidden")[0].GetBoolean() || r.GetProperty("values")[0].GetDouble() is 0 or >= 5));
        Assert.True(csv.Exit == 0, csv.Error);
        Assert.StartsWith("\uFEFFreport,scope,as_at,table,row_code", csv.Out);
        Assert.Contains("E06000019 district Northbridge", csv.Out);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("there is no report 'salaries'", unknown.Error);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task An_import_killed_in_the_middle_of_its_transaction_leaves_the_database_as_it_was()
    {
        using var database = new TestDatabase();
        var folder = await FilesAsync(database, 1_000, 50_000);
        var start = Cli.Process(database, "workforce", "import", "--area", "E06000019",
            Path.Combine(folder, "organisations.csv"), Path.Combine(folder, "workers.csv"), Path.Combine(folder, "training.csv"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string? stage = null;
        // Kill it once it is writing inside its transaction: organisations already merged, workers going in.
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.Contains("Adding new workers") || line.Contains("Adding new training records"))
            {
                stage = line;
                process.Kill(entireProcessTree: true);
                break;
            }
        }
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.NotNull(stage);
        Assert.DoesNotContain("Saved:", await output);
        await using (var factory = AppFactory.OnDatabase(database))
        {
            await factory.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<OneWorkforceDbContext>();
                Assert.Equal(0, await db.Workers.CountAsync());
                Assert.Equal(0, await db.TrainingRecords.CountAsync());
                Assert.Equal(0, await db.Organisations.CountAsync());
                Assert.Equal(0, await db.WorkforceSubmissions.CountAsync());
                if (database.Provider == DatabaseProvider.Sqlite)
                {
                    var connection = db.Database.GetDbConnection();
                    await connection.OpenAsync();
                    await using var check = connection.CreateCommand();
                    check.CommandText = "PRAGMA integrity_check";
                    Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
                }
            });
        }
        var again = await RunAsync(database, "workforce", "import", "--area", "E06000019", Path.Combine(folder, "organisations.csv"), Path.Combine(folder, "workers.csv"));
        Assert.True(again.Exit == 0, again.Error);
        Assert.Contains("workers: 50,000 rows: 50,000 added", again.Out);
        Directory.Delete(folder, true);
    }
}
