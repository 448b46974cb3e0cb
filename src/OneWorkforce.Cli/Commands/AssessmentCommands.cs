using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Cli.Commands;

/// <summary><c>assessment create-cycle</c>, <c>open</c>, <c>import-matrix</c>, <c>import-responses</c> and <c>report</c>: the self-assessment from the command line.</summary>
internal static class AssessmentCommands
{
    public static Command Create()
    {
        var assessment = new Command("assessment", "The One Children's Workforce self-assessment");
        assessment.Subcommands.Add(CreateCycle());
        assessment.Subcommands.Add(ImportMatrix());
        assessment.Subcommands.Add(ImportResponses());
        assessment.Subcommands.Add(OpenCycle());
        assessment.Subcommands.Add(Report());
        return assessment;
    }

    private static Option<string> AreaOption() => new("--area") { Description = "The area's ONS code, such as E06000019", Required = true };

    private static Option<string> CycleOption() => new("--cycle") { Description = "The cycle's name (as on its page) or number", Required = true };

    private static Task<Area?> FindAreaAsync(IServiceProvider services, string code, CancellationToken cancellationToken) =>
        CliAreas.FindAsync(services, code, cancellationToken);

    /// <summary>Finds the area and the cycle, or says on stderr which was not found.</summary>
    private static async Task<(Area? Area, AssessmentCycle? Cycle)> FindAsync(IServiceProvider services, string code, string cycleName, CancellationToken cancellationToken)
    {
        var area = await FindAreaAsync(services, code, cancellationToken);
        if (area is null)
        {
            return (null, null);
        }
        var cycle = await services.GetRequiredService<AssessmentCycles>().FindAsync(area.Id, cycleName, cancellationToken);
        if (cycle is null)
        {
            await CliConsole.Error.WriteLineAsync($"Error: --cycle: {area.Name} has no cycle '{cycleName}'. Use the name shown on the area's self-assessment page");
        }
        return (area, cycle);
    }

    /// <summary>Applies the schema, finds the area and the cycle, and reads the file; null after saying on stderr what was wrong.</summary>
    private static async Task<(AssessmentCycle Cycle, byte[] Content)?> CycleAndFileAsync(IServiceProvider services, string area, string cycle, FileInfo path,
        CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
        var (_, found) = await FindAsync(services, area, cycle, cancellationToken);
        if (found is null)
        {
            return null;
        }
        if (!path.Exists)
        {
            await CliConsole.Error.WriteLineAsync($"Error: {path.FullName}: no such file. Check the path");
            return null;
        }
        return (found, await File.ReadAllBytesAsync(path.FullName, cancellationToken));
    }

    private static Command CreateCycle()
    {
        var area = AreaOption();
        var name = new Option<string>("--name") { Description = "The cycle's name, such as \"January to June 2026\"", Required = true };
        var from = new Option<DateOnly>("--from") { Description = "The first day of the period, as 2026-01-01", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "The last day of the period, as 2026-06-30", Required = true };
        var groups = new Option<string>("--groups") { Description = "Comma-separated groups to ask: " + string.Join(", ", RespondentGroups.All.Select(g => g.Code)), DefaultValueFactory = _ => "leaders,frontline" };
        var command = new Command("create-cycle", "Set up a self-assessment cycle in an area");
        command.Options.Add(area);
        command.Options.Add(name);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(groups);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var found = await FindAreaAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var outcome = await services.GetRequiredService<AssessmentCycles>().CreateAsync(found, new CycleInput(parse.GetValue(name), parse.GetValue(from), parse.GetValue(to), null,
                parse.GetValue(groups)!.Split(',')), cancellationToken);
            if (!outcome.Succeeded)
            {
                return Output.Errors(outcome.Errors, new() { ["Name"] = "--name", ["PeriodStart"] = "--from", ["PeriodEnd"] = "--to", ["Groups"] = "--groups" });
            }
            CliConsole.Out.WriteLine($"Cycle {outcome.Value!.Id} \"{outcome.Value.Name}\" set up in {found.Name}.");
            return 0;
        }));
        return command;
    }

    private static Command ImportMatrix()
    {
        var area = AreaOption();
        var cycle = CycleOption();
        var source = new Option<string?>("--source") { Description = "Where the scores come from, such as \"Analysis workshop\" (default: the file name)" };
        var group = new Option<string?>("--group") { Description = "The respondent group the scores speak for: " + string.Join(", ", RespondentGroups.All.Select(g => g.Code)) + " (default: leaders)" };
        var file = new Argument<FileInfo>("FILE") { Description = "A CSV (UTF-8) or Excel file: stage names across the top, one row for each of the 8 arcs, scores from 1 to 5" };
        var command = new Command("import-matrix", "Add a matrix of scores (8 arcs × 8 stages) to a cycle; a file with any problem adds nothing");
        command.Options.Add(area);
        command.Options.Add(cycle);
        command.Options.Add(source);
        command.Options.Add(group);
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var path = parse.GetValue(file)!;
            if (await CycleAndFileAsync(services, parse.GetValue(area)!, parse.GetValue(cycle)!, path, cancellationToken) is not (var found, var content))
            {
                return 2;
            }
            var (matrix, problems) = await services.GetRequiredService<AssessmentCycles>().ImportMatrixAsync(found, path.Name,
                content, parse.GetValue(source), parse.GetValue(group), "command line", cancellationToken);
            if (matrix is null)
            {
                await Output.RefusedAsync(path.Name, problems, "Nothing was saved.");
                return 2;
            }
            CliConsole.Out.WriteLine($"{path.Name}: {matrix.Cells.Count} scores added to {found.Name} as \"{matrix.Source}\".");
            return 0;
        }));
        return command;
    }

    private static Command ImportResponses()
    {
        var area = AreaOption();
        var cycle = CycleOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and say what would be added, without saving anything" };
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "Paper questionnaires keyed into a CSV (UTF-8) or Excel file: one row per respondent with Respondent group, Locality, "
                + "then A1S1 to A8S8 (arc then stage) holding 1 to 5, DK or blank, and optional comments C1 to C8",
        };
        var command = new Command("import-responses", "Add paper questionnaires to a cycle; a file with any problem adds nothing");
        command.Options.Add(area);
        command.Options.Add(cycle);
        command.Options.Add(dryRun);
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var path = parse.GetValue(file)!;
            if (await CycleAndFileAsync(services, parse.GetValue(area)!, parse.GetValue(cycle)!, path, cancellationToken) is not (var found, var content))
            {
                return 2;
            }
            var dry = parse.GetValue(dryRun);
            var (added, problems) = await services.GetRequiredService<PaperResponses>().ImportAsync(found, path.Name,
                content, dry, cancellationToken);
            if (problems.Count > 0)
            {
                await Output.RefusedAsync(path.Name, problems, "Nothing was saved.");
                return 2;
            }
            CliConsole.Out.WriteLine(dry
                ? $"{path.Name}: {added} responses would be added to {found.Name} (dry run: nothing saved)."
                : $"{path.Name}: {added} responses added to {found.Name}.");
            return 0;
        }));
        return command;
    }

    private static Command OpenCycle()
    {
        var area = AreaOption();
        var cycle = CycleOption();
        var command = new Command("open", "Open a cycle for answers and print its open link (the statements are fixed as they are now)");
        command.Options.Add(area);
        command.Options.Add(cycle);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var (_, found) = await FindAsync(services, parse.GetValue(area)!, parse.GetValue(cycle)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var cycles = services.GetRequiredService<AssessmentCycles>();
            await cycles.OpenAsync(found, services.GetRequiredService<FrameworkStatements>(), cancellationToken);
            var opened = await cycles.FindAsync(found.AreaId, found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            var site = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Data.Accounts.SiteSettings>>().Value;
            CliConsole.Out.WriteLine($"{opened!.Name} is open. Open link: {site.BaseUrl.TrimEnd('/')}/respond/open/{opened.OpenLinkToken}");
            return 0;
        }));
        return command;
    }

    private static Command Report()
    {
        var area = AreaOption();
        var cycle = CycleOption();
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var compare = new Option<string?>("--compare") { Description = "An earlier cycle (name or number) to compare with" };
        var command = new Command("report", "The analysis of a cycle: every cell's mean and count, arc, stage and overall averages, strengths and areas to develop");
        command.Options.Add(area);
        command.Options.Add(cycle);
        command.Options.Add(format);
        command.Options.Add(compare);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var (foundArea, found) = await FindAsync(services, parse.GetValue(area)!, parse.GetValue(cycle)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            int? earlierId = null;
            if (parse.GetValue(compare) is { } earlierName)
            {
                var (_, earlier) = await FindAsync(services, foundArea!.Code, earlierName, cancellationToken);
                if (earlier is null)
                {
                    return 2;
                }
                earlierId = earlier.Id;
            }
            var analysis = await services.GetRequiredService<CycleAnalyses>().AnalyseAsync(foundArea!, found, earlierId, cancellationToken);
            if (parse.GetValue(format) == "csv")
            {
                using var stdout = CliConsole.OpenStandardOutput();
                await stdout.WriteAsync(TableFile.WriteCsv(CycleReport.CsvHeader, CycleReport.CsvRows(analysis)), cancellationToken);
            }
            else
            {
                CliConsole.Out.WriteLine(JsonSerializer.Serialize(CycleReport.Json(analysis), new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            }
            return 0;
        }));
        return command;
    }
}
