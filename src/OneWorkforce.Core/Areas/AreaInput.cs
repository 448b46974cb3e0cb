using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Areas;

/// <summary>What someone enters to create an area, and the rules it must meet.</summary>
public sealed record AreaInput(string? Name, string? Code, IReadOnlyList<string>? Districts)
{
    public const int MaxNameLength = 200;

    public IReadOnlyList<string> CleanDistricts() =>
        (Districts ?? []).Select(d => d.Trim()).Where(d => d.Length > 0).ToList();

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(Name), "Enter the area's name, for example Herefordshire");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(Name), $"Area name must be {MaxNameLength} characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(Code))
        {
            errors.Add(nameof(Code), AreaCode.FormatHint);
        }
        else if (!AreaCode.IsValid(Code))
        {
            errors.Add(nameof(Code), $"'{Code.Trim()}' is not an ONS area code. {AreaCode.FormatHint}");
        }
        var districts = CleanDistricts();
        var repeated = districts.GroupBy(d => d, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            errors.Add(nameof(Districts), $"District '{repeated.Key}' is listed more than once. List each district once");
        }
        else if (districts.Any(d => d.Length > MaxNameLength))
        {
            errors.Add(nameof(Districts), $"Each district name must be {MaxNameLength} characters or fewer");
        }
        return errors;
    }
}
