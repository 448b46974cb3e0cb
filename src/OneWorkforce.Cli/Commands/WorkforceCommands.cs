using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Cli.Commands;

/// <summary><c>workforce import</c> and <c>workforce report</c>: the workforce data set from the command line.</summary>
internal static class WorkforceCommands
{
    public static Command Create()
    {
        var workforce = new Command("workforce", "The workforce data set: uploads and intelligence reports");
        workforce.Subcommands.Add(Import());
        workforce.Subcommands.Add(Generate());
        workforce.Subcommands.Add(ReportCommand());
        workforce.Subcommands.Add(Snapshot());
        return workforce;
    }

    private static Command Snapshot()
    {
        var area = CliAreas.AreaOption();
        var asAt = new Option<string?>("--as-at") { Description = "The date the figures are for (YYYY-MM-DD); today unless given" };
        var label = new Option<string?>("--label") { Description = "A name for the snapshot, such as Baseline; the date unless given" };
        var command = new Command("snapshot", "Keep every headline figure of an area as a dated snapshot: the reports' trends read them");
        command.Options.Add(area);
        command.Options.Add(asAt);
        command.Options.Add(label);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(asAt) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", out date))
            {
                await CliConsole.Error.WriteLineAsync($"Error: --as-at: '{text}' is not a date. Write it as YYYY-MM-DD, for example 2026-03-31");
                return 2;
            }
            var snapshot = await services.GetRequiredService<WorkforceSnapshots>().TakeAsync(found.Id, date, parse.GetValue(label), cancellationToken);
            CliConsole.Out.WriteLine($"Snapshot '{snapshot.Label}' of {found.Name} on {date:yyyy-MM-dd} kept.");
            return 0;
        }));
        return command;
    }

    private static Command ReportCommand()
    {
        var name = new Argument<string>("NAME") { Description = "The report: " + string.Join(", ", WorkforceReports.All.Select(r => r.Name)) };
        var area = CliAreas.AreaOption();
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var organisation = new Option<string?>("--organisation") { Description = "Narrow to one organisation, by its reference" };
        var district = new Option<string?>("--district") { Description = "Narrow to one district, by its name" };
        var sector = new Option<string?>("--sector") { Description = "Narrow to organisations in one workforce sector, by its code (such as early-years)" };
        var category = new Option<string?>("--category") { Description = "Narrow to organisations of one category, by its code (such as uniformed)" };
        var asAt = new Option<string?>("--as-at") { Description = "The date the figures are for (YYYY-MM-DD); today unless given" };
        var command = new Command("report", "An intelligence report with disclosure control applied, as JSON or CSV on stdout");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { area, format, organisation, district, sector, category, asAt })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var report = WorkforceReports.Find(parse.GetValue(name));
            if (report is null)
            {
                await CliConsole.Error.WriteLineAsync($"Error: NAME: there is no report '{parse.GetValue(name)}'. Use one of: {string.Join(", ", WorkforceReports.All.Select(r => r.Name))}");
                return 2;
            }
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(asAt) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", out date))
            {
                await CliConsole.Error.WriteLineAsync($"Error: --as-at: '{text}' is not a date. Write it as YYYY-MM-DD, for example 2026-03-31");
                return 2;
            }
            var db = services.GetRequiredService<OneWorkforceDbContext>();
            var filter = new ReportFilter(found.Id, Sector: parse.GetValue(sector), Category: parse.GetValue(category));
            var scope = found.Code;
            if (parse.GetValue(organisation) is { } reference)
            {
                var id = await db.Organisations.Where(o => o.AreaId == found.Id && o.Reference == reference).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
                if (id is null)
                {
                    await CliConsole.Error.WriteLineAsync($"Error: --organisation: area {found.Code} has no organisation with reference '{reference}'. Check the reference");
                    return 2;
                }
                filter = filter with { OrganisationId = id };
                scope += " organisation " + reference;
            }
            if (parse.GetValue(district) is { } districtName)
            {
                var id = await db.Districts.Where(d => d.AreaId == found.Id && d.Name == districtName).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
                if (id is null)
                {
                    await CliConsole.Error.WriteLineAsync($"Error: --district: area {found.Code} has no district called '{districtName}'. Check the name");
                    return 2;
                }
                filter = filter with { DistrictId = id };
                scope += " district " + districtName;
            }
            scope += filter.Sector is { } s ? " sector " + s : "";
            scope += filter.Category is { } c ? " category " + c : "";
            var built = await services.GetRequiredService<WorkforceIntelligence>().BuildAsync(report, filter, date, suppress: true, cancellationToken);
            if (parse.GetValue(format) == "csv")
            {
                await using var stdout = CliConsole.OpenStandardOutput();
                await stdout.WriteAsync(TableFile.WriteCsv(ReportExport.CsvHeader, ReportExport.CsvRows(built, scope)), cancellationToken);
            }
            else
            {
                CliConsole.Out.WriteLine(JsonSerializer.Serialize(ReportExport.Json(built, scope), new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            }
            return 0;
        }));
        return command;
    }

    private static Command Generate()
    {
        var organisations = new Option<int>("--organisations") { Description = "How many organisations", DefaultValueFactory = _ => 400 };
        var workers = new Option<long>("--workers") { Description = "How many workers in all", DefaultValueFactory = _ => 20_000 };
        var training = new Option<bool>("--training") { Description = "Write a training records file too" };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same files", DefaultValueFactory = _ => 2026 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write organisations.csv, workers.csv and training.csv into", Required = true };
        var command = new Command("generate", "Write made-up but plausible workforce files (for trying uploads and for benchmarks)");
        command.Options.Add(organisations);
        command.Options.Add(workers);
        command.Options.Add(training);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            folder.Create();
            using var organisationsFile = new StreamWriter(Path.Combine(folder.FullName, "organisations.csv"));
            using var workersFile = new StreamWriter(Path.Combine(folder.FullName, "workers.csv"));
            using var trainingFile = parse.GetValue(training) ? new StreamWriter(Path.Combine(folder.FullName, "training.csv")) : null;
            var written = new Data.Demo.SyntheticWorkforce(parse.GetValue(seed), DateOnly.FromDateTime(DateTime.UtcNow))
                .Write(organisationsFile, workersFile, trainingFile, Data.Demo.DemoData.Districts, parse.GetValue(workers), parse.GetValue(organisations));
            CliConsole.Out.WriteLine($"Wrote {written.Organisations:N0} organisations, {written.Workers:N0} workers and {written.Training:N0} training records to {folder.FullName}.");
            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var area = CliAreas.AreaOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the files and say what would change, without saving anything" };
        var messages = new Option<FileInfo?>("--messages") { Description = "Write every message to this CSV file (file, row, column, value, code, message, how to fix)" };
        var files = new Argument<FileInfo[]>("FILE") { Description = "Organisations, workers and training records files (CSV or Excel), each recognised by its header row", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Upload workforce files into an area; the files are saved together, whole, or not at all");
        command.Options.Add(area);
        command.Options.Add(dryRun);
        command.Options.Add(messages);
        command.Arguments.Add(files);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var paths = parse.GetValue(files)!;
            if (paths.FirstOrDefault(p => !p.Exists) is { } missing)
            {
                await CliConsole.Error.WriteLineAsync($"Error: {missing.FullName}: no such file. Check the path");
                return 2;
            }
            var request = new ImportRequest(found.Id, null, parse.GetValue(dryRun), paths.Select(p => UploadSource.FromFile(p.FullName)).ToList(), "cli");
            using var log = new UploadMessageLog();
            var lastStage = "";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var progress = new SynchronousProgress<ImportProgress>(p =>
            {
                if (p.Stage != lastStage)
                {
                    lastStage = p.Stage;
                    CliConsole.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] {p.Stage}...");
                }
            });
            var outcome = await services.GetRequiredService<WorkforceImport>().RunAsync(request, log, progress, cancellationToken);
            CliConsole.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] Done.");
            Report(outcome, log, request.DryRun);
            if (parse.GetValue(messages) is { } messagesFile)
            {
                await File.WriteAllBytesAsync(messagesFile.FullName, UploadReport.Csv(log.ReadAll()), cancellationToken);
                CliConsole.Out.WriteLine($"Every message written to {messagesFile.FullName}.");
            }
            return outcome.Errors > 0 ? 2 : 0;
        }));
        return command;
    }

    private static void Report(ImportOutcome outcome, UploadMessageLog log, bool dryRun)
    {
        foreach (var counts in outcome.Counts)
        {
            var would = outcome.Saved ? "" : "would be ";
            CliConsole.Out.WriteLine($"{counts.Layout}: {counts.Rows:N0} rows: {counts.Added:N0} {would}added, {counts.Updated:N0} {would}updated, {counts.Unchanged:N0} unchanged, {counts.Removed:N0} {would}removed.");
        }
        foreach (var (code, count) in log.CountsByCode.OrderBy(c => c.Key))
        {
            var kind = MessageCodes.Find(code);
            CliConsole.Out.WriteLine($"{code} {kind.Title}: {count:N0} ({(kind.Severity == Severity.Error ? "error" : "warning")}). {kind.Fix}");
        }
        foreach (var message in log.ReadAll().Take(50))
        {
            (message.Severity == Severity.Error ? CliConsole.Error : CliConsole.Out).WriteLine($"  {message}");
        }
        if (log.Errors + log.Warnings > 50)
        {
            CliConsole.Out.WriteLine($"  … and {log.Errors + log.Warnings - 50:N0} more messages (write them all with --messages FILE).");
        }
        CliConsole.Out.WriteLine(outcome.Errors > 0
            ? $"Not saved: {outcome.Errors:N0} error(s) and {outcome.Warnings:N0} warning(s). Nothing was changed. Fix the errors and upload again."
            : dryRun
                ? $"Dry run: the files are ready to upload ({outcome.Warnings:N0} warning(s)). Nothing was saved."
                : $"Saved: {outcome.Added:N0} added, {outcome.Updated:N0} updated, {outcome.Unchanged:N0} unchanged, {outcome.Removed:N0} removed ({outcome.Warnings:N0} warning(s)).");
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; posts to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
