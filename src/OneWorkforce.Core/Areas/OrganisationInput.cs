using System.Text.RegularExpressions;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Areas;

/// <summary>What an area lead enters to add an organisation, and the rules it must meet.</summary>
public sealed partial record OrganisationInput(string? Name, string? Reference, string? EmployerSector, IReadOnlyList<string>? Categories)
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_./-]{0,49}$")]
    private static partial Regex ReferencePattern();

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(Name), "Enter the organisation's name");
        }
        else if (name.Length > 200)
        {
            errors.Add(nameof(Name), "Organisation name must be 200 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(Reference))
        {
            errors.Add(nameof(Reference), "Enter a reference for the organisation, for example its Ofsted URN or charity number");
        }
        else if (!ReferencePattern().IsMatch(Reference.Trim()))
        {
            errors.Add(nameof(Reference), "Reference must be up to 50 letters, numbers, dashes, dots, slashes or underscores, with no spaces");
        }
        if (string.IsNullOrWhiteSpace(EmployerSector) || !WorkforceCodeLists.EmployerSectors.Contains(EmployerSector))
        {
            errors.Add(nameof(EmployerSector), "Select the sector of employer");
        }
        var unknown = (Categories ?? []).FirstOrDefault(c => !WorkforceCodeLists.OrganisationCategories.Contains(c));
        if (unknown is not null)
        {
            errors.Add(nameof(Categories), $"'{unknown}' is not an organisation category. Choose from the list");
        }
        return errors;
    }
}
