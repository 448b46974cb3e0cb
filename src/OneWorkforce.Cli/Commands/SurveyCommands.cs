using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Cli.Commands;

/// <summary><c>surveys create</c>, <c>list</c>, <c>open</c>, <c>close</c>, <c>import-responses</c> and <c>report</c>: an area's surveys from the command line.</summary>
internal static class SurveyCommands
{
    public static Command Create()
    {
        var surveys = new Command("surveys", "Surveys of an area's organisations, such as seed 000's survey of private, voluntary and independent organisations");
        surveys.Subcommands.Add(CreateSurvey());
        surveys.Subcommands.Add(List());
        surveys.Subcommands.Add(SetStatus("open", Survey.Open, "Open a survey for answers (its questions are fixed from then on)"));
        surveys.Subcommands.Add(SetStatus("close", Survey.Closed, "Close a survey: nobody can answer any more"));
        surveys.Subcommands.Add(ImportResponses());
        surveys.Subcommands.Add(Report());
        return surveys;
    }

    private static Option<string> AreaOption() => new("--area") { Description = "The area's ONS code, such as E10000015", Required = true };

    private static Option<string> SurveyOption() => new("--survey") { Description = "The survey's short name, such as pvi-2027", Required = true };

    /// <summary>Applies the schema and finds the area and the survey, or says on stderr which was not found.</summary>
    private static async Task<(Area? Area, Survey? Survey)> FindAsync(IServiceProvider services, string code, string name, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
        var area = await CliAreas.FindAsync(services, code, cancellationToken);
        if (area is null)
        {
            return (null, null);
        }
        var survey = await services.GetRequiredService<SurveyStore>().FindByNameAsync(area.Id, name, cancellationToken);
        if (survey is null)
        {
            await CliConsole.Error.WriteLineAsync($"Error: --survey: {area.Name} has no survey '{name}'. Run 'surveys list --area {area.Code}' to see its surveys");
        }
        return (area, survey);
    }

    private static Command CreateSurvey()
    {
        var area = AreaOption();
        var name = new Option<string>("--name") { Description = "A short name: lower case letters, digits and hyphens, such as pvi-2027", Required = true };
        var title = new Option<string?>("--title") { Description = "The title people answering see (default with --template: the seed survey's title)" };
        var template = new Option<bool>("--template") { Description = "Start from seed 000's 21-question survey of private, voluntary and independent organisations" };
        var command = new Command("create", "Start a draft survey in an area, blank or from the seed 000 template");
        command.Options.Add(area);
        command.Options.Add(name);
        command.Options.Add(title);
        command.Options.Add(template);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var outcome = await services.GetRequiredService<SurveyStore>().CreateAsync(found.Id, parse.GetValue(name), parse.GetValue(title), parse.GetValue(template), cancellationToken);
            if (!outcome.Succeeded)
            {
                return Output.Errors(outcome.Errors, new() { ["Name"] = "--name", ["Title"] = "--title" });
            }
            CliConsole.Out.WriteLine($"Survey '{outcome.Value!.Name}' made in {found.Name} with {outcome.Value.Questionnaire().Questions.Count()} questions (draft).");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var area = AreaOption();
        var command = new Command("list", "List an area's surveys with their status and answers");
        command.Options.Add(area);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var found = await CliAreas.FindAsync(services, parse.GetValue(area)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            foreach (var s in await services.GetRequiredService<SurveyStore>().ListAsync(found.Id, cancellationToken))
            {
                CliConsole.Out.WriteLine($"{s.Survey.Name}\t{s.Survey.Status}\t{s.Answered} answers\t{s.Survey.Title}");
            }
            return 0;
        }));
        return command;
    }

    private static Command SetStatus(string verb, string status, string description)
    {
        var area = AreaOption();
        var survey = SurveyOption();
        var command = new Command(verb, description);
        command.Options.Add(area);
        command.Options.Add(survey);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var (_, found) = await FindAsync(services, parse.GetValue(area)!, parse.GetValue(survey)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var errors = await services.GetRequiredService<SurveyStore>().SetStatusAsync(found, status, cancellationToken);
            if (errors.Any)
            {
                return Output.Errors(errors, new() { ["Status"] = "--survey" });
            }
            CliConsole.Out.WriteLine($"Survey '{found.Name}' is {status}.");
            return 0;
        }));
        return command;
    }

    private static Command ImportResponses()
    {
        var area = AreaOption();
        var survey = SurveyOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and say what would be added, without saving anything" };
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "Answers keyed in from paper or exported from another tool, CSV (UTF-8) or Excel: one row per respondent, one column per question "
                + "(Q1, Q2…), with optional Organisation reference and Categories columns",
        };
        var command = new Command("import-responses", "Add answers to an open or closed survey; a file with any problem adds nothing");
        command.Options.Add(area);
        command.Options.Add(survey);
        command.Options.Add(dryRun);
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var (_, found) = await FindAsync(services, parse.GetValue(area)!, parse.GetValue(survey)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await CliConsole.Error.WriteLineAsync($"Error: {path.FullName}: no such file. Check the path");
                return 2;
            }
            var dry = parse.GetValue(dryRun);
            var (added, problems) = await services.GetRequiredService<SurveyResults>().ImportAsync(found, path.Name,
                await File.ReadAllBytesAsync(path.FullName, cancellationToken), dry, cancellationToken);
            if (problems.Count > 0)
            {
                await Output.RefusedAsync(path.Name, problems, "Nothing was saved.");
                return 2;
            }
            CliConsole.Out.WriteLine(dry
                ? $"{path.Name}: {added} responses would be added to '{found.Name}' (dry run: nothing saved)."
                : $"{path.Name}: {added} responses added to '{found.Name}'.");
            return 0;
        }));
        return command;
    }

    private static Command Report()
    {
        var area = AreaOption();
        var survey = SurveyOption();
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("report", "The analysis of a survey: every question's figures with their bases, bands with median and range, themes, and the same for each organisation category");
        command.Options.Add(area);
        command.Options.Add(survey);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var (foundArea, found) = await FindAsync(services, parse.GetValue(area)!, parse.GetValue(survey)!, cancellationToken);
            if (found is null)
            {
                return 2;
            }
            var analysis = await services.GetRequiredService<SurveyResults>().AnalyseAsync(found, cancellationToken: cancellationToken);
            if (parse.GetValue(format) == "csv")
            {
                using var stdout = CliConsole.OpenStandardOutput();
                await stdout.WriteAsync(TableFile.WriteCsv(SurveyReport.Header, SurveyReport.Rows(analysis.Figures, analysis.Categories).ToList()), cancellationToken);
            }
            else
            {
                CliConsole.Out.WriteLine(JsonSerializer.Serialize(SurveyReport.Json(foundArea!.Code, found.Name, analysis.Figures, analysis.Categories),
                    new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            }
            return 0;
        }));
        return command;
    }
}
