using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Cli.Commands;

internal static class QualificationCommands
{
    public static Command Create()
    {
        var qualifications = new Command("qualifications", "The Integrated Qualifications Framework");
        qualifications.Subcommands.Add(Import());
        qualifications.Subcommands.Add(Export());
        qualifications.Subcommands.Add(FrameworkCommands.Create());
        return qualifications;
    }

    private static Command Import()
    {
        var format = new Option<string>("--format")
        {
            Description = "The file's format: eyql (the DfE early years qualifications list), ofqual (the Ofqual register download), " +
                          "or a native template: " + string.Join(", ", QualificationFiles.NativeCodes) + " (import them in that order)",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. QualificationFiles.Codes]);
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the files and say what would change, without saving anything" };
        var files = new Argument<FileInfo[]>("FILE") { Description = "One or more CSV (UTF-8) or Excel (.xlsx) files, imported in the order given", Arity = ArgumentArity.OneOrMore };
        var import = new Command("import", "Import qualifications: rows are matched by reference; a file with any problem is not imported at all");
        import.Options.Add(format);
        import.Options.Add(dryRun);
        import.Arguments.Add(files);
        import.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var chosen = parse.GetValue(format)!;
            var importer = services.GetRequiredService<QualificationFiles>();
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    await CliConsole.Error.WriteLineAsync($"Error: {file.FullName}: no such file. Check the path");
                    failed = true;
                    continue;
                }
                var summary = await importer.ImportAsync(chosen, file.Name, await File.ReadAllBytesAsync(file.FullName, cancellationToken), parse.GetValue(dryRun), cancellationToken);
                if (!summary.Succeeded)
                {
                    failed = true;
                    await Output.RefusedAsync(file.Name, summary.Problems);
                    continue;
                }
                CliConsole.Out.WriteLine($"{file.Name}: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged{(parse.GetValue(dryRun) ? " (dry run: nothing saved)" : "")}.");
            }
            return failed ? 2 : 0;
        }));
        return import;
    }

    private static Command Export()
    {
        var format = new Option<string>("--format")
        {
            Description = "The native template to export (" + string.Join(", ", QualificationFiles.NativeCodes) + "), or all",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. QualificationFiles.NativeCodes, "all"]);
        var output = new Option<string>("--output")
        {
            Description = "The file to write (.csv, or .xlsx for Excel); with --format all, the folder to write one file per template into",
            Required = true,
        };
        var excel = new Option<bool>("--excel") { Description = "With --format all: write Excel workbooks (.xlsx) instead of CSV" };
        var export = new Command("export", "Export native templates: importing them into an empty database and exporting again gives the same files");
        export.Options.Add(format);
        export.Options.Add(output);
        export.Options.Add(excel);
        export.SetAction((parse, cancellationToken) => CliServices.RunAsync(async services =>
        {
            await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var files = services.GetRequiredService<QualificationFiles>();
            var chosen = parse.GetValue(format)!;
            var target = parse.GetValue(output)!;
            var writes = new List<(string Format, string Path)>();
            if (chosen == "all")
            {
                Directory.CreateDirectory(target);
                var extension = parse.GetValue(excel) ? ".xlsx" : ".csv";
                writes.AddRange(QualificationFiles.NativeCodes.Select(code => (code, Path.Combine(target, code + extension))));
            }
            else
            {
                writes.Add((chosen, target));
            }
            foreach (var (code, path) in writes)
            {
                var table = await files.ExportAsync(code, cancellationToken);
                var bytes = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                    ? TableFile.WriteExcel(code, table.Header, table.Rows)
                    : TableFile.WriteCsv(table.Header, table.Rows);
                await File.WriteAllBytesAsync(path, bytes, cancellationToken);
                CliConsole.Out.WriteLine($"{path}: {table.Rows.Count} row(s)");
            }
            return 0;
        }));
        return export;
    }
}
