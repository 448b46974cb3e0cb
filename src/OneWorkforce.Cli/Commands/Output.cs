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
            Console.Error.WriteLine($"Error: {option}: {message}");
        }
        return 2;
    }
}
