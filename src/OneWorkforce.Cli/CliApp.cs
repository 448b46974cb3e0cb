using System.CommandLine;
using OneWorkforce.Cli.Commands;

namespace OneWorkforce.Cli;

/// <summary>The command line: every command, and a way to run it inside another process with its own settings and writers.</summary>
public static class CliApp
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>?> CurrentSettings = new();

    /// <summary>Settings that override appsettings.json and the environment for commands run in-process.</summary>
    internal static IReadOnlyDictionary<string, string?>? Settings => CurrentSettings.Value;

    public static RootCommand Create()
    {
        var root = new RootCommand("OneWorkforce command line: database, accounts, areas, qualifications and demo data. " +
            "Reads the same settings as the web app: Database__Provider and ConnectionStrings__OneWorkforce.");
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(AreaCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        root.Subcommands.Add(QualificationCommands.Create());
        root.Subcommands.Add(AssessmentCommands.Create());
        root.Subcommands.Add(WorkforceCommands.Create());
        root.Subcommands.Add(TrainingCommands.Create());
        root.Subcommands.Add(SurveyCommands.Create());
        root.Subcommands.Add(StrategyCommands.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args) => Create().Parse(args).InvokeAsync();

    /// <summary>Runs a command in this process, as the program would, with the given settings and writers.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?> settings, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var before = CurrentSettings.Value;
        CurrentSettings.Value = settings;
        try
        {
            using (CliConsole.RedirectTo(output, error))
            {
                var configuration = new InvocationConfiguration { Output = output, Error = error };
                return await Create().Parse(args).InvokeAsync(configuration, cancellationToken);
            }
        }
        finally
        {
            CurrentSettings.Value = before;
        }
    }
}
