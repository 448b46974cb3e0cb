using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Frameworks;

namespace OneWorkforce.Cli.Commands;

/// <summary><c>qualifications case-export</c>: a framework and its alignments as a CASE 1.0 package.</summary>
internal static class FrameworkCommands
{
    public static Command Create()
    {
        var framework = new Option<string>("--framework") { Description = "The framework's code", DefaultValueFactory = _ => CommonCore.FrameworkCode };
        var version = new Option<string>("--version") { Description = "The framework's version", DefaultValueFactory = _ => "2010" };
        var output = new Option<string>("--output") { Description = "The JSON file to write", Required = true };
        var export = new Command("case-export", "Export a framework's areas, links to other frameworks and unit and qualification alignments as a CASE 1.0 JSON package " +
                                               "(import one with: qualifications import --format case FILE)");
        export.Options.Add(framework);
        export.Options.Add(version);
        export.Options.Add(output);
        export.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var package = await services.GetRequiredService<CaseExchange>().ExportAsync(parse.GetValue(framework)!, parse.GetValue(version)!, cancellationToken);
            if (package is null)
            {
                await CliConsole.Error.WriteLineAsync($"Error: there is no framework {parse.GetValue(framework)} version {parse.GetValue(version)}. Check --framework and --version");
                return 2;
            }
            await File.WriteAllBytesAsync(parse.GetValue(output)!, JsonSerializer.SerializeToUtf8Bytes(package, CaseExchange.Json), cancellationToken);
            CliConsole.Out.WriteLine($"{parse.GetValue(output)}: {package.Items!.Count} items, {package.Associations!.Count} associations");
            return 0;
        }));
        return export;
    }
}
