using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Cli;

/// <summary>The command line against a real database: in-process, and as the real program where that is what is tested.</summary>
public sealed class CliTests
{
    private static Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args) => Cli.RunAsync(database, args);

    [Fact]
    public async Task Help_lists_the_commands_and_each_has_help()
    {
        using var database = new TestDatabase();
        var (exit, output, _) = await Cli.RunProcessAsync(database, "--help"); // the real program
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
        var migrate = await Cli.RunProcessAsync(database, "db", "migrate"); // the real program, then the same commands in-process
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
        var start = Cli.Process(database, "db", "migrate");
        start.Environment["Database__Provider"] = "Oracle";
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Set it to Sqlite or Postgres", error);
    }

    [Fact]
    public async Task The_self_assessment_commands_set_up_a_cycle_take_a_matrix_and_paper_responses_and_report_the_seed_figures()
    {
        using var database = new TestDatabase();
        Assert.Equal(0, (await RunAsync(database, "demo", "load", "--without-workforce")).Exit);
        var created = await RunAsync(database, "assessment", "create-cycle", "--area", "E99999999", "--name", "January to June 2009", "--from", "2009-01-01", "--to", "2009-06-30");
        Assert.True(created.Exit == 0, created.Error);

        var matrix = Path.Combine(Path.GetTempPath(), $"appendix-e-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(matrix, SeedMatrices.AppendixECsv);
        var imported = await RunAsync(database, "assessment", "import-matrix", "--area", "E99999999", "--cycle", "January to June 2009", "--source", "Analysis workshop", matrix);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.Contains("64 scores added", imported.Out);

        var header = "Respondent group,Locality," + string.Join(',', Enumerable.Range(1, 8).SelectMany(a => Enumerable.Range(1, 8).Select(st => $"A{a}S{st}"))) + ",C1";
        var paper = Path.Combine(Path.GetTempPath(), $"paper-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(paper, header + "\n" + string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"frontline,Northbridge,{string.Join(',', Enumerable.Repeat(i == 0 ? "DK" : "4", 64))},Paper comment {i}\n")));
        var dry = await RunAsync(database, "assessment", "import-responses", "--area", "E99999999", "--cycle", "January to June 2009", "--dry-run", paper);
        Assert.True(dry.Exit == 0, dry.Error);
        Assert.Contains("5 responses would be added", dry.Out);
        var added = await RunAsync(database, "assessment", "import-responses", "--area", "E99999999", "--cycle", "January to June 2009", paper);
        Assert.Contains("5 responses added", added.Out);

        await File.WriteAllTextAsync(paper, header + "\nfrontline,Northbridge," + string.Join(',', Enumerable.Repeat("=1+1", 64)) + ",x\n");
        var refused = await RunAsync(database, "assessment", "import-responses", "--area", "E99999999", "--cycle", "January to June 2009", paper);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("row 2, column 'A1S1' ('=1+1'): Enter a whole score from 1 to 5", refused.Error);
        Assert.Contains("Nothing was saved.", refused.Error);

        var opened = await RunAsync(database, "assessment", "open", "--area", "E99999999", "--cycle", "January to June 2009");
        Assert.Matches("is open. Open link: https?://.+/respond/open/[a-z2-7]{26}", opened.Out);

        var report = await RunAsync(database, "assessment", "report", "--area", "E99999999", "--cycle", "January to June 2009", "--format", "json");
        Assert.True(report.Exit == 0, report.Error);
        using var json = System.Text.Json.JsonDocument.Parse(report.Out);
        var analysis = json.RootElement.GetProperty("analysis");
        Assert.Equal(6, analysis.GetProperty("respondents").GetInt32()); // the matrix and 5 paper questionnaires
        // Arc 1: the matrix's 27.6 plus 4 people × 8 stages × 4 = 128, over 8 + 32 scores = 3.89 (the don't-knows left out).
        Assert.Equal(3.89m, analysis.GetProperty("arcs")[0].GetProperty("mean").GetDecimal());
        var frontline = json.RootElement.GetProperty("byGroup").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "frontline");
        Assert.False(frontline.GetProperty("suppressed").GetBoolean());
        File.Delete(matrix);
        File.Delete(paper);
    }
}
