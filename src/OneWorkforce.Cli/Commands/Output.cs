using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Cli.Commands;

internal static class Output
{
    /// <summary>Prints each problem against the option it came from, on stderr; returns exit code 2.</summary>
    public static int Errors(FieldErrors errors, Dictionary<string, string> optionNames)
    {
        foreach (var (field, message) in errors.All)
        {
            var option = optionNames.GetValueOrDefault(field, field);
            CliConsole.Error.WriteLine($"Error: {option}: {message}");
        }
        return 2;
    }

    /// <summary>Says on stderr that a file was refused and lists every problem with its row and column.</summary>
    public static async Task RefusedAsync(string fileName, IReadOnlyList<ImportProblem> problems, string nothingSaved = "Nothing from this file was saved.")
    {
        await CliConsole.Error.WriteLineAsync($"Error: {fileName} was not imported: {problems.Count} problem(s). {nothingSaved}");
        foreach (var problem in problems)
        {
            await CliConsole.Error.WriteLineAsync($"  {problem}");
        }
    }
}
