using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// Bulk upload through the real import on the real database: good files merge (added, updated, unchanged,
/// removed) and re-upload changes nothing; every broken file is refused with its message and writes nothing.
/// </summary>
public sealed class UploadTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private Task<(ImportOutcome Outcome, List<UploadMessage> Messages)> ImportAsync(bool dryRun, params (string Name, byte[] Content)[] files) =>
        WorkforceFiles.UploadAsync(app, dryRun, files);

    private Task<List<string>> HeldAsync() => app.WithScopeAsync(services =>
        services.GetRequiredService<OneWorkforceDbContext>().Workers.Where(w => w.AreaId == app.DemoAreaId)
            .OrderBy(w => w.OrganisationId).ThenBy(w => w.StaffReference).Select(w => w.StaffReference + " " + w.Contract + " " + w.LeavingReason).ToListAsync());

    private async Task ClearAsync() => await app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        await db.TrainingRecords.Where(t => t.AreaId == app.DemoAreaId).ExecuteDeleteAsync();
        await db.Workers.Where(w => w.AreaId == app.DemoAreaId).ExecuteDeleteAsync();
    });

    [Fact]
    public async Task Good_files_are_added_then_changes_update_deletes_remove_and_the_same_files_twice_change_nothing()
    {
        await ClearAsync();
        var training = WorkforceFiles.Csv(WorkforceFiles.TrainingHeader,
            "EY100001,S001,Safeguarding children level 2,safeguarding,2025-03-14,Demoshire Safeguarding Partnership,2,no,2028-03-14,");

        var first = await ImportAsync(false, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers)), ("training.csv", training));

        Assert.True(first.Outcome.Saved, string.Join("\n", first.Messages));
        Assert.Equal((5, 0, 0), (first.Outcome.Added, first.Outcome.Updated, first.Outcome.Removed));
        var again = await ImportAsync(false, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers)), ("training.csv", training));
        Assert.Equal((0, 0, 5, 0), (again.Outcome.Added, again.Outcome.Updated, again.Outcome.Unchanged, again.Outcome.Removed));

        var changed = await ImportAsync(false, ("workers.csv", WorkforceFiles.Workers(
            WorkforceFiles.GoodWorkers[0].Replace("full-time,37", "part-time,30"),
            "EY100001,S002,,,,,,,,,,,,,,delete",
            "EY100001,S004,early-years-worker,agency,25,2026-10-01,,,2001,female,mixed-other,no,3,none,no,")));

        Assert.True(changed.Outcome.Saved, string.Join("\n", changed.Messages));
        var workers = changed.Outcome.Counts.Single(c => c.Layout == "workers");
        Assert.Equal((1, 1, 0, 1), (workers.Added, workers.Updated, workers.Unchanged, workers.Removed));
        Assert.Equal(["S001 part-time ", "S003 full-time ", "S004 agency ", "V001 volunteer "], await HeldAsync());
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_saves_nothing()
    {
        await ClearAsync();

        var (outcome, messages) = await ImportAsync(true, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers)));

        Assert.False(outcome.Saved);
        Assert.Empty(messages);
        Assert.Equal(4, outcome.Added);
        Assert.Empty(await HeldAsync());
    }

    public static TheoryData<string, byte[], string, string> BrokenFiles() => new()
    {
        { "wrong header", Encoding.UTF8.GetBytes("name,email\r\nJo,jo@example.org\r\n"), "E102", "not the header of an organisations, workers or training records file" },
        { "missing column", Encoding.UTF8.GetBytes("organisation_reference,staff_reference,role,start_date\r\nEY100001,S1,early-years-worker,2020-01-01\r\n"), "E103", "'contract'" },
        { "unknown code", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0].Replace("full-time", "zero-hours")), "E111", "'zero-hours' is not a code" },
        { "duplicate references", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0], WorkforceFiles.GoodWorkers[1], WorkforceFiles.GoodWorkers[0]), "E130", "also on row 2 of broken.csv" },
        { "unknown organisation", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0].Replace("EY100001", "XX999")), "E131", "'XX999'" },
        { "mixed encodings", [.. WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0] + "\r\n" + WorkforceFiles.GoodWorkers[1].Replace("S002", "S\u00e9")), .. new byte[] { 0xE9, 0x0D, 0x0A }], "E101", "mixes two text encodings" },
        { "empty file", [], "E101", "empty (0 bytes)" },
        { "header only", Encoding.UTF8.GetBytes(WorkforceFiles.WorkersHeader + "\r\n"), "E110", "" },
        { "binary junk", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x20, 0x30, 0x00], "E101", "binary data" },
        { "truncated file", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0], "EY100001,S002,early-years-work"), "E111", "'early-years-work' is not a code" },
        { "formula cell", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers[0].Replace("S001", "=HYPERLINK(\"x\")")), "", "" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_with_a_message_that_names_it_and_nothing_is_written(string problem, byte[] content, string code, string words)
    {
        await ClearAsync();

        var (outcome, messages) = await ImportAsync(false, ("broken.csv", content));

        if (problem == "formula cell")
        {
            // A formula-like staff reference is just text on the way in; exports neutralise it.
            Assert.True(outcome.Saved, string.Join("\n", messages));
            Assert.Equal(["=HYPERLINK(\"x\") full-time "], await HeldAsync());
            await ClearAsync();
            return;
        }
        Assert.Empty(await HeldAsync());
        if (problem == "header only")
        {
            // A header with no rows saves nothing and says so.
            Assert.Equal(0, outcome.Added);
            return;
        }
        Assert.False(outcome.Saved, problem);
        var message = messages.First(m => m.Severity == Severity.Error);
        Assert.Equal(code, message.Code);
        Assert.Equal("broken.csv", message.File);
        Assert.Contains(words, message.Message);
        Assert.False(string.IsNullOrEmpty(message.Fix));
    }

    [Fact]
    public async Task A_50_MB_field_is_refused_without_reading_it_into_memory()
    {
        await ClearAsync();
        var row = WorkforceFiles.GoodWorkers[0].Replace("S001", "\"" + new string('x', 50 * 1024 * 1024) + "\"");

        var (outcome, messages) = await ImportAsync(false, ("huge.csv", WorkforceFiles.Workers(row)));

        Assert.False(outcome.Saved);
        var message = Assert.Single(messages, m => m.Severity == Severity.Error);
        Assert.Equal("E101", message.Code);
        Assert.Contains("longer than 1 MB", message.Message);
        Assert.Empty(await HeldAsync());
    }

    [Fact]
    public async Task A_windows_1252_file_is_read_with_a_warning()
    {
        await ClearAsync();
        var text = WorkforceFiles.WorkersHeader + "\r\n" + WorkforceFiles.GoodWorkers[0].Replace("S001", "S\u00e9001") + "\r\n";

        var (outcome, messages) = await ImportAsync(false, ("excel.csv", Encoding.Latin1.GetBytes(text)));

        Assert.True(outcome.Saved, string.Join("\n", messages));
        Assert.Equal("W206", Assert.Single(messages).Code);
        Assert.Equal(["S\u00e9001 full-time "], await HeldAsync());
        await ClearAsync();
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_saves_none_of_them()
    {
        await ClearAsync();
        var training = WorkforceFiles.Csv(WorkforceFiles.TrainingHeader, "EY100001,S999,First aid,first-aid,2025-03-14,,,,,");

        var (outcome, messages) = await ImportAsync(false, ("workers.csv", WorkforceFiles.Workers(WorkforceFiles.GoodWorkers)), ("training.csv", training));

        Assert.False(outcome.Saved);
        var message = Assert.Single(messages);
        Assert.Equal(("E132", "training.csv", 2L, "staff_reference"), (message.Code, message.File, message.Row, message.Column));
        Assert.Empty(await HeldAsync());
    }
}
