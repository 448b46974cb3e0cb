using System.Diagnostics;
using OneWorkforce.Cli;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Cli;

/// <summary>
/// Runs the command line on a test database: in this process (the same commands, parser and settings, without paying
/// for a new runtime and model each time), or as the real program in its own process where that is what is tested.
/// </summary>
internal static class Cli
{
    public static string ProgramPath
    {
        get
        {
            var here = AppContext.BaseDirectory; // …/tests/OneWorkforce.IntegrationTests/bin/<config>/net10.0/
            var path = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", "..", "src", "OneWorkforce.Cli", "bin",
                new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "oneworkforce.dll"));
            Assert.True(File.Exists(path), $"Build the CLI first: {path}");
            return path;
        }
    }

    public static async Task<(int Exit, string Out, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:OneWorkforce"] = database.ConnectionString,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var exit = await Task.Run(() => CliApp.RunAsync(args, settings, output, error, timeout.Token));
        return (exit, output.ToString(), error.ToString());
    }

    public static ProcessStartInfo Process(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__OneWorkforce"] = database.ConnectionString;
        return start;
    }

    public static async Task<(int Exit, string Out, string Error)> RunProcessAsync(TestDatabase database, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(Process(database, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return (process.ExitCode, await output, await error);
    }
}
