using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce;

/// <summary>The kinds of value a field of the data standard holds.</summary>
public enum FieldKind
{
    Text,
    Code,
    Codes,
    WholeNumber,
    Decimal,
    Date,
    Year,
}

/// <summary>
/// One column of the workforce data standard: its header in files, the words on forms and in the data
/// dictionary, the kind of value, whether it is required, and its code list where it has one.
/// </summary>
public sealed record StandardField(
    string Column,
    string Label,
    FieldKind Kind,
    bool Required,
    string Hint,
    string Example,
    CodeList? Codes = null,
    int MaxLength = 100,
    decimal? Min = null,
    decimal? Max = null)
{
    /// <summary>What a value must look like, in words, for the data dictionary and for messages.</summary>
    public string Format => Kind switch
    {
        FieldKind.Text => $"Text, up to {MaxLength} characters",
        FieldKind.Code => $"One code from the list '{Codes!.Title}'",
        FieldKind.Codes => $"One or more codes from the list '{Codes!.Title}', separated by semicolons (;)",
        FieldKind.WholeNumber => Range("A whole number"),
        FieldKind.Decimal => Range("A number (decimals allowed)"),
        FieldKind.Date => "A date as yyyy-mm-dd (31/12/2024 is also read)",
        FieldKind.Year => "A year of four digits, for example 1985",
        _ => "",
    };

    private string Range(string what) => (Min, Max) switch
    {
        ({ } min, { } max) => $"{what} from {min:0.##} to {max:0.##}",
        ({ } min, null) => $"{what}, {min:0.##} or more",
        _ => what,
    };
}
