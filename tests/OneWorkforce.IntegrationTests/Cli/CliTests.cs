using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Cli;

/// <summary>The command line, run as a real process against a real database.</summary>
public sealed class CliTests
{
    private static string CliPath
    {
        get
        {
            var here = AppContext.BaseDirectory; // …/tests/OneWorkforce.IntegrationTests/bin/<config>/net10.0/
            var path = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", "..", "src", "OneWorkforce.Cli", "bin",
                new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "oneworkforce.dll"));
            Assert.True(File.Exists(path), $"Build the CLI first: {path}");
            return path;
        }
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__OneWorkforce"] = database.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_each_has_help()
    {
        using var database = new TestDatabase();
        var (exit, output, _) = await RunAsync(database, "--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "db", "users", "areas", "demo" })
        {
            Assert.Contains(command, output);
        }
        var areas = await RunAsync(database, "areas", "create", "--help");
        Assert.Equal(0, areas.Exit);
        Assert.Contains("--district", areas.Out);
    }

    [Fact]
    public async Task Migrate_create_admin_create_area_and_demo_load_work_together()
    {
        using var database = new TestDatabase();
        var migrate = await RunAsync(database, "db", "migrate");
        Assert.True(migrate.Exit == 0, migrate.Error);
        Assert.Contains("Applied: 0001_foundation", migrate.Out);
        Assert.Contains("No schema scripts were pending", (await RunAsync(database, "db", "migrate")).Out);

        var admin = await RunAsync(database, "users", "create-admin", "--email", "ops@example.org", "--password", "a long enough password");
        Assert.True(admin.Exit == 0, admin.Error);
        var area = await RunAsync(database, "areas", "create", "--name", "Herefordshire", "--code", "E06000019", "--district", "Hereford", "--district", "Leominster");
        Assert.True(area.Exit == 0, area.Error);
        Assert.Contains("with 2 district(s)", area.Out);
        var demo = await RunAsync(database, "demo", "load");
        Assert.True(demo.Exit == 0, demo.Error);
        Assert.Contains("lead@demo.example.org", demo.Out);

        await using var factory = AppFactory.OnDatabase(database);
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            Assert.Equal(2, await db.Districts.CountAsync(d => d.AreaId == db.Areas.Single(a => a.Code == "E06000019").Id));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.ActorId == "cli" && e.EntityType == "Area"));
        });
    }

    [Fact]
    public async Task Qualifications_import_reports_counts_and_refuses_a_broken_file_whole()
    {
        using var database = new TestDatabase();
        var shipped = Path.Combine(Repository.Root, "src", "OneWorkforce.Data", "Qualifications", "StarterData");
        var again = await RunAsync(database, "qualifications", "import", "--format", "eyql",
            Path.Combine(shipped, "2-ey-quals-updates-09-08-24.csv"), Path.Combine(shipped, "3-ey-quals-updates-10-09-24.csv"));
        Assert.True(again.Exit == 0, again.Error);
        Assert.Contains("2-ey-quals-updates-09-08-24.csv: 0 added, 2 updated, 9 unchanged.", again.Out); // file 3 had updated two of file 2's rows
        Assert.Contains("3-ey-quals-updates-10-09-24.csv: 0 added, 2 updated, 17 unchanged.", again.Out);

        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(broken, File.ReadLines(Path.Combine(shipped, "2-ey-quals-updates-09-08-24.csv")).First() + "\nEYQ-990,11,Sep-24,null,Level 11 Anything,NCFE,,None,,\n");
        var refused = await RunAsync(database, "qualifications", "import", "--format", "eyql", broken);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("was not imported: 1 problem(s). Nothing from this file was saved.", refused.Error);
        Assert.Contains("row 2, column 'Qualification Level' ('11'): '11' is not a qualification level", refused.Error);
        File.Delete(broken);

        var missing = await RunAsync(database, "qualifications", "import", "--format", "eyql", "/no/such/file.csv");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such file", missing.Error);
        var format = await RunAsync(database, "qualifications", "import", "--format", "xml", "x.csv");
        Assert.NotEqual(0, format.Exit);
    }

    [Theory]
    [InlineData(new[] { "areas", "create", "--name", "X" }, "Option '--code' is required")]
    [InlineData(new[] { "areas", "create", "--name", "X", "--code", "BAD" }, "--code: 'BAD' is not an ONS area code")]
    [InlineData(new[] { "users", "create-admin", "--email", "not-an-email", "--password", "long enough password" }, "--email: Enter an email address in the correct format")]
    [InlineData(new[] { "no-such-command" }, "Unrecognized command or argument 'no-such-command'")]
    [InlineData(new[] { "db", "script", "--provider", "Oracle" }, "Oracle")]
    public async Task Bad_arguments_exit_non_zero_with_a_message_on_stderr(string[] args, string message)
    {
        using var database = new TestDatabase();
        var (exit, _, error) = await RunAsync(database, args);
        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task A_bad_provider_setting_is_explained()
    {
        using var database = new TestDatabase();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(CliPath);
        start.ArgumentList.Add("db");
        start.ArgumentList.Add("migrate");
        start.Environment["Database__Provider"] = "Oracle";
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Set it to Sqlite or Postgres", error);
    }
}
