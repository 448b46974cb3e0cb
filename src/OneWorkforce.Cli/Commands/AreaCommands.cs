using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;

namespace OneWorkforce.Cli.Commands;

internal static class AreaCommands
{
    public static Command Create()
    {
        var areas = new Command("areas", "Areas (local authority partnerships)");
        var name = new Option<string>("--name") { Description = "The area's name, for example Herefordshire", Required = true };
        var code = new Option<string>("--code") { Description = "ONS area code, for example E06000019", Required = true };
        var district = new Option<string[]>("--district") { Description = "A district of the area (repeat for each district)", Arity = ArgumentArity.ZeroOrMore };
        var create = new Command("create", "Create an area");
        create.Options.Add(name);
        create.Options.Add(code);
        create.Options.Add(district);
        create.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var outcome = await services.GetRequiredService<AreaAdministration>().CreateAreaAsync(
                new AreaInput(parse.GetValue(name), parse.GetValue(code), parse.GetValue(district) ?? []), cancellationToken);
            if (!outcome.Succeeded)
            {
                return Output.Errors(outcome.Errors, new() { ["Name"] = "--name", ["Code"] = "--code", ["Districts"] = "--district" });
            }
            var area = outcome.Value!;
            CliConsole.Out.WriteLine($"Created area {area.Name} ({area.Code}) with {area.Districts.Count} district(s).");
            return 0;
        }));
        areas.Subcommands.Add(create);
        return areas;
    }
}
