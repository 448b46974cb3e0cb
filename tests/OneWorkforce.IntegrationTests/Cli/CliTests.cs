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
