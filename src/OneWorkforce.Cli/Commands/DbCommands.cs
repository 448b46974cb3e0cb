using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;

namespace OneWorkforce.Cli.Commands;

internal static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "Database schema and reference data");

        var migrate = new Command("migrate", "Apply schema scripts not yet applied and load missing national reference data");
        migrate.SetAction((_, cancellationToken) => CliServices.RunAsync(async services =>
        {
            var report = await services.GetRequiredService<DatabaseStartup>().RunAsync(cancellationToken);
            var settings = services.GetRequiredService<DatabaseSettings>();
            CliConsole.Out.WriteLine($"Database ({settings.Provider}) is up to date.");
            CliConsole.Out.WriteLine(report.AppliedScripts.Count == 0
                ? "No schema scripts were pending."
                : $"Applied: {string.Join(", ", report.AppliedScripts)}");
            CliConsole.Out.WriteLine($"Reference data rows added: {report.ReferenceRowsAdded}");
            return 0;
        }));
        db.Subcommands.Add(migrate);

        var provider = new Option<DatabaseProvider>("--provider")
        {
            Description = "Sqlite or Postgres",
            Required = true,
        };
        var script = new Command("script", "Print the CREATE script of the current model for a provider (a starting point for a new schema script)");
        script.Options.Add(provider);
        script.SetAction(parse =>
        {
            var chosen = parse.GetValue(provider);
            var options = new DbContextOptionsBuilder<OneWorkforceDbContext>();
            new DatabaseSettings(chosen, chosen == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost").Configure(options);
            using var context = new OneWorkforceDbContext(options.Options);
            CliConsole.Out.WriteLine(context.Database.GenerateCreateScript());
            return 0;
        });
        db.Subcommands.Add(script);
        return db;
    }
}
