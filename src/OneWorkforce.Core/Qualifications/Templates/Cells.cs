using System.Globalization;
using OneWorkforce.Core.Imports;

namespace OneWorkforce.Core.Qualifications.Templates;

/// <summary>Reads cells of one row, collecting a problem (with row, column, value and fix) for each bad cell.</summary>
public sealed class Cells(string file, int line, Func<string, string> field)
{
    public List<ImportProblem> Problems { get; } = [];

    public void Problem(string column, string message) => Problems.Add(new ImportProblem(file, line, column, field(column), message));

    public string Text(string column, string whatToEnter, int maxLength = 400)
    {
        var value = field(column).Trim();
        if (value.Length == 0)
        {
            Problem(column, whatToEnter);
        }
        else if (value.Length > maxLength)
        {
            Problem(column, $"This is {value.Length} characters long. Shorten it to {maxLength} characters or fewer");
        }
        return value;
    }

    public string? OptionalText(string column, int maxLength = 4000)
    {
        var value = field(column).Trim();
        if (value.Length > maxLength)
        {
            Problem(column, $"This is {value.Length} characters long. Shorten it to {maxLength} characters or fewer");
        }
        return value.Length == 0 ? null : value;
    }

    public int? Whole(string column, bool required = false, int max = 10_000)
    {
        var value = field(column).Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                Problem(column, "Enter a whole number");
            }
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= max)
        {
            return number;
        }
        Problem(column, $"Enter a whole number from 0 to {max:N0}");
        return null;
    }

    public bool YesNo(string column)
    {
        var value = field(column).Trim().ToLowerInvariant();
        switch (value)
        {
            case "yes" or "y" or "true" or "1":
                return true;
            case "no" or "n" or "false" or "0" or "":
                return false;
            default:
                Problem(column, "Enter yes or no");
                return false;
        }
    }

    public string? Level(string column)
    {
        var value = field(column).Trim();
        var level = Reference.QualificationLevels.All.FirstOrDefault(l => string.Equals(l.Code, value, StringComparison.OrdinalIgnoreCase));
        if (level is null)
        {
            Problem(column, value.Length == 0 ? "Enter the level: entry, 1 to 8, or not-levelled" : $"'{value}' is not a level. Use entry, 1 to 8, or not-levelled");
        }
        return level?.Code;
    }

    public string OneOf(string column, IReadOnlyList<string> allowed)
    {
        var value = field(column).Trim().ToLowerInvariant();
        if (!allowed.Contains(value))
        {
            Problem(column, $"Enter one of: {string.Join(", ", allowed)}");
        }
        return value;
    }

    /// <summary>A date written yyyy-mm-dd (as exports write it) or dd/mm/yyyy; empty is none.</summary>
    public DateOnly? Date(string column)
    {
        var value = field(column).Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problem(column, "Enter a date such as 2024-09-01 (year-month-day) or 01/09/2024");
        return null;
    }

    /// <summary>An amount of money in pounds (such as 450 or 450.00, with or without £ and commas), returned in pence.</summary>
    public int? Pence(string column, int maxPounds = 100_000)
    {
        var value = field(column).Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (Money.TryParsePounds(value, out var pence, maxPounds))
        {
            return (int)pence;
        }
        Problem(column, $"Enter an amount in pounds from 0 to {maxPounds:N0}, such as 450 or 450.00");
        return null;
    }

    /// <summary>A list written with semicolons between items, such as "health; education".</summary>
    public IReadOnlyList<string> List(string column) =>
        field(column).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A web address starting http:// or https://; empty is none.</summary>
    public string? Link(string column)
    {
        var value = OptionalText(column, 2000);
        if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            Problem(column, "Enter a full web address starting with https://");
            return null;
        }
        return value;
    }
}
