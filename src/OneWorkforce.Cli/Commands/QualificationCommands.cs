using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Cli.Commands;

internal static class QualificationCommands
{
    public static Command Create()
    {
        var qualifications = new Command("qualifications", "The Integrated Qualifications Framework");
        var format = new Option<string>("--format")
        {
            Description = "The file's format: eyql (the DfE early years qualifications list), ofqual (the Ofqual register download), " +
                          "or a native template: units, structures, mappings, role-links (import units before structures, both before mappings)",
            Required = true,
        };
        format.AcceptOnlyFromAmong([EarlyYearsImport.Format, OfqualImport.Format, .. TemplateImports.Formats]);
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the files and say what would change, without saving anything" };
        var files = new Argument<FileInfo[]>("FILE") { Description = "One or more CSV files, imported in the order given", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Import qualifications: rows are matched by reference; a file with any problem is not imported at all");
        import.Options.Add(format);
        import.Options.Add(dryRun);
        import.Arguments.Add(files);
        import.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var chosen = parse.GetValue(format)!;
            Func<string, byte[], bool, Task<OneWorkforce.Core.Imports.ImportSummary>> import = chosen switch
            {
                OfqualImport.Format => (name, bytes, dry) => services.GetRequiredService<OfqualImport>().ImportAsync(name, bytes, dry, cancellationToken),
                EarlyYearsImport.Format => (name, bytes, dry) => services.GetRequiredService<EarlyYearsImport>().ImportAsync(name, bytes, dry, cancellationToken),
                _ => (name, bytes, dry) => services.GetRequiredService<TemplateImports>().ImportAsync(chosen, name, bytes, dry),
            };
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"Error: {file.FullName}: no such file. Check the path");
                    failed = true;
                    continue;
                }
                var summary = await import(file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken), parse.GetValue(dryRun));
                if (!summary.Succeeded)
                {
                    failed = true;
                    await Console.Error.WriteLineAsync($"Error: {file.Name} was not imported: {summary.Problems.Count} problem(s). Nothing from this file was saved.");
                    foreach (var problem in summary.Problems)
                    {
                        await Console.Error.WriteLineAsync($"  {problem}");
                    }
                    continue;
                }
                Console.WriteLine($"{file.Name}: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged{(parse.GetValue(dryRun) ? " (dry run: nothing saved)" : "")}.");
            }
            return failed ? 2 : 0;
        }));
        qualifications.Subcommands.Add(import);
        return qualifications;
    }
}
