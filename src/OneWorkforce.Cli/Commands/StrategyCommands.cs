using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Strategy;

namespace OneWorkforce.Cli.Commands;

/// <summary><c>strategy create</c>, <c>list</c>, <c>actions</c>, <c>indicators</c> and <c>report</c>: an area's workforce strategy from the command line.</summary>
internal static class StrategyCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var strategy = new Command("strategy", "Workforce strategies: priorities, actions, success indicators and quarterly reports");
        strategy.Subcommands.Add(CreateStrategy());
        strategy.Subcommands.Add(List());
        strategy.Subcommands.Add(Actions());
        strategy.Subcommands.Add(Indicators());
        strategy.Subcommands.Add(Report());
        return strategy;
    }

    private static Option<string?> AreaOption() => new("--area") { Description = "The area's ONS code; leave out for the national strategies" };

    private static Option<int?> StrategyOption() => new("--strategy") { Description = "The strategy's number (from 'strategy list'); needed when the area has several" };

    /// <summary>Applies the schema and finds the area by its code: its id, or null for national (no code); false after saying on stderr that there is no such area.</summary>
    private static async Task<(bool Found, int? AreaId)> AreaAsync(IServiceProvider services, string? code, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
        if (code is null)
        {
            return (true, null);
        }
        return await CliAreas.FindAsync(services, code, cancellationToken) is { } area ? (true, area.Id) : (false, null);
    }

    /// <summary>Applies the schema, finds the area (or none, for national) and its strategy; null after saying on stderr what was wrong.</summary>
    private static async Task<WorkforceStrategy?> FindAsync(IServiceProvider services, string? code, int? id, CancellationToken cancellationToken)
    {
        if (await AreaAsync(services, code, cancellationToken) is not (true, var areaId))
        {
            return null;
        }
        var store = services.GetRequiredService<StrategyStore>();
        var strategies = await store.ListAsync(areaId, cancellationToken);
        var found = id is { } n ? strategies.FirstOrDefault(s => s.Id == n) : strategies.Count == 1 ? strategies[0] : null;
        if (found is null)
        {
            await CliConsole.Error.WriteLineAsync(strategies.Count == 0
                ? $"Error: --area: there is no strategy {(code is null ? "nationally" : $"in {code}")}. Start one with 'strategy create'"
                : $"Error: --strategy: give the number of one of: {string.Join("; ", strategies.Select(s => $"{s.Id} {s.Title} ({s.Period})"))}");
        }
        return found;
    }

    private static Command CreateStrategy()
    {
        var area = AreaOption();
        var template = new Option<string?>("--template") { Description = "Start from a seed: " + string.Join(", ", StrategyTemplates.All.Select(t => $"{t.Code} ({t.Name})")) };
        var title = new Option<string?>("--title") { Description = "The title (default with a template: the template's)" };
        var from = new Option<int?>("--from") { Description = "The first year" };
        var to = new Option<int?>("--to") { Description = "The last year" };
        var command = new Command("create", "Start a strategy in an area (or nationally, without --area), blank or from a seed template");
        command.Options.Add(area);
        command.Options.Add(template);
        command.Options.Add(title);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            if (await AreaAsync(services, parse.GetValue(area), cancellationToken) is not (true, var areaId))
            {
                return 2;
            }
            var outcome = await services.GetRequiredService<StrategyStore>().CreateAsync(areaId,
                new StrategyInput(parse.GetValue(title), null, null, parse.GetValue(from), parse.GetValue(to), parse.GetValue(template)), cancellationToken);
            if (!outcome.Succeeded)
            {
                return Output.Errors(outcome.Errors, new() { ["Title"] = "--title", ["StartYear"] = "--from", ["EndYear"] = "--to", ["Template"] = "--template" });
            }
            var plan = await services.GetRequiredService<StrategyStore>().PlanAsync(outcome.Value!, cancellationToken);
            CliConsole.Out.WriteLine($"Strategy {outcome.Value!.Id} \"{outcome.Value.Title}\" ({outcome.Value.Period}): {plan.Priorities.Count} priorities, {plan.Actions.Count} actions.");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var area = AreaOption();
        var command = new Command("list", "List an area's strategies (or the national ones)");
        command.Options.Add(area);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            if (await AreaAsync(services, parse.GetValue(area), cancellationToken) is not (true, var areaId))
            {
                return 2;
            }
            foreach (var s in await services.GetRequiredService<StrategyStore>().ListAsync(areaId, cancellationToken))
            {
                CliConsole.Out.WriteLine($"{s.Id}\t{s.Period}\t{s.Title}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Actions() => PlanCommand("actions", "A strategy's actions as JSON: priority, timescale, dates, partners, status and red/amber/green",
        (plan, today) =>
        {
            var priorities = plan.Priorities.ToDictionary(p => p.Id, p => p.Title);
            return plan.Actions.Select(a => new
            {
                a.Number, a.Title, priority = a.PriorityId is { } p ? priorities.GetValueOrDefault(p) : null, timescale = a.TimescaleCategory, a.StartOn, a.DueOn,
                a.LeadPartners, a.Status, rag = Rag.ForAction(a.Status, a.DueOn, today),
            });
        });

    private static Command Indicators() => PlanCommand("indicators", "A strategy's success indicators as JSON, with every value, its date and source",
        (plan, today) => plan.Indicators.Select(i =>
        {
            var values = plan.Values.Where(v => v.IndicatorId == i.Id).ToList();
            return new
            {
                i.Id, i.Name, i.Measure, i.Unit, i.Baseline, i.Target, i.DueOn, rag = Rag.ForIndicator(i, values.LastOrDefault()?.Value, values.LastOrDefault()?.On, today),
                values = values.Select(v => new { v.On, v.Value, v.Source }),
            };
        }));

    /// <summary>A command that finds the strategy and prints a shape of its plan as JSON.</summary>
    private static Command PlanCommand(string name, string description, Func<StrategyPlan, DateOnly, object> shape)
    {
        var area = AreaOption();
        var strategy = StrategyOption();
        var command = new Command(name, description);
        command.Options.Add(area);
        command.Options.Add(strategy);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            if (await FindAsync(services, parse.GetValue(area), parse.GetValue(strategy), cancellationToken) is not { } found)
            {
                return 2;
            }
            var store = services.GetRequiredService<StrategyStore>();
            CliConsole.Out.WriteLine(JsonSerializer.Serialize(shape(await store.PlanAsync(found, cancellationToken), store.Today), Json));
            return 0;
        }));
        return command;
    }

    private static Command Report()
    {
        var area = AreaOption();
        var strategy = StrategyOption();
        var quarter = new Option<string>("--quarter") { Description = "The quarter, like 2010Q3", Required = true };
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var issue = new Option<bool>("--issue") { Description = "Record the computed indicators and issue the report (stored as it stands; once per quarter)" };
        var command = new Command("report", "The quarterly report: as issued, or a draft from the live data; --issue issues it first");
        command.Options.Add(area);
        command.Options.Add(strategy);
        command.Options.Add(quarter);
        command.Options.Add(format);
        command.Options.Add(issue);
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            if (!Quarter.TryParse(parse.GetValue(quarter), out var q))
            {
                await CliConsole.Error.WriteLineAsync($"Error: --quarter: '{parse.GetValue(quarter)}' is not a quarter. Write it like 2010Q3");
                return 2;
            }
            if (await FindAsync(services, parse.GetValue(area), parse.GetValue(strategy), cancellationToken) is not { } found)
            {
                return 2;
            }
            var reports = services.GetRequiredService<StrategyReports>();
            if (parse.GetValue(issue))
            {
                var today = services.GetRequiredService<StrategyStore>().Today;
                if (q.Starts > today)
                {
                    await CliConsole.Error.WriteLineAsync($"Error: --quarter: {q} has not started: issue its report once it has");
                    return 2;
                }
                await services.GetRequiredService<StrategyIndicators>().ComputeAllAsync(found, q.AsAt(today), "command line", cancellationToken);
                if (!await reports.IssueAsync(found, q, "command line", cancellationToken))
                {
                    await CliConsole.Error.WriteLineAsync($"The report for {q} was issued before: showing it as issued.");
                }
            }
            var (report, issued) = await reports.ForQuarterAsync(found, q, cancellationToken);
            if (parse.GetValue(format) == "csv")
            {
                using var stdout = CliConsole.OpenStandardOutput();
                await stdout.WriteAsync(TableFile.WriteCsv(QuarterlyReport.Header, QuarterlyReport.Rows(report).ToList()), cancellationToken);
            }
            else
            {
                CliConsole.Out.WriteLine(JsonSerializer.Serialize(new { issued = issued is not null, issuedAt = issued?.IssuedAt, report }, Json));
            }
            return 0;
        }));
        return command;
    }
}
