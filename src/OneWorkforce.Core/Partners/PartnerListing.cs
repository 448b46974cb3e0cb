using System.Net.Mail;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Partners;

/// <summary>
/// An organisation's public listing in the partner directory (seed 000 recommendations 4 and 5: a database of providers
/// and partners, kept up to date). The same organisation record as the workforce data: what it does, its categories
/// (seed 000's nine, several allowed), the ages it serves, where it works, and how to get in touch.
/// </summary>
public sealed class PartnerListing
{
    public const string Requested = "requested";
    public const string Listed = "listed";
    public const string CountyWide = "all";
    /// <summary>A listing not confirmed for this many months is flagged for review (seed 000 recommendation 4).</summary>
    public const int ReviewAfterMonths = 12;

    public string? Description { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> AgeRanges { get; init; } = [];
    public bool WholeArea { get; init; }
    public IReadOnlyList<int> Districts { get; init; } = [];
    public string? Website { get; init; }
    public string? Phone { get; init; }
    public string? ContactEmail { get; init; }

    /// <summary>The field and message for each problem, against the area's own districts.</summary>
    public FieldErrors Check(IReadOnlyCollection<int> areaDistricts)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Description))
        {
            errors.Add(nameof(Description), "Say what your organisation does, for example 'A pre-school for 2 to 5 year olds in the village hall'");
        }
        else if (Description.Trim().Length > 1000)
        {
            errors.Add(nameof(Description), "The description must be 1,000 characters or fewer");
        }
        if (Categories.Count == 0)
        {
            errors.Add(nameof(Categories), "Choose at least one kind of organisation");
        }
        else if (Categories.FirstOrDefault(c => !WorkforceCodeLists.OrganisationCategories.Contains(c)) is { } category)
        {
            errors.Add(nameof(Categories), $"'{category}' is not one of the kinds of organisation listed: choose from the list");
        }
        if (AgeRanges.FirstOrDefault(a => !WorkforceCodes.AgeRanges.Contains(a)) is { } age)
        {
            errors.Add(nameof(AgeRanges), $"'{age}' is not one of the age ranges listed: choose from the list");
        }
        if (!WholeArea && Districts.Count == 0)
        {
            errors.Add(nameof(Districts), "Choose the districts you work in, or the whole area");
        }
        else if (Districts.FirstOrDefault(d => !areaDistricts.Contains(d)) is var district && district != 0)
        {
            errors.Add(nameof(Districts), "Choose districts of this area from the list");
        }
        if (!string.IsNullOrWhiteSpace(Website)
            && (Website.Trim().Length > 300 || !Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.')))
        {
            errors.Add(nameof(Website), "Enter the website address in full, like https://www.example.org.uk");
        }
        if (!string.IsNullOrWhiteSpace(Phone)
            && (Phone.Trim().Length > 30 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-')) || Phone.Count(char.IsAsciiDigit) is < 10 or > 13))
        {
            errors.Add(nameof(Phone), "Enter a telephone number, like 01632 960 001 or +44 1632 960 001");
        }
        if (!string.IsNullOrWhiteSpace(ContactEmail) && (ContactEmail.Trim().Length > 200 || !MailAddress.TryCreate(ContactEmail.Trim(), out var address) || address.Address != ContactEmail.Trim()))
        {
            errors.Add(nameof(ContactEmail), "Enter an email address in the right format, like name@example.org");
        }
        return errors;
    }

    /// <summary>Districts served as stored: <see cref="CountyWide"/> or the district ids in order.</summary>
    public string DistrictsServed => WholeArea ? CountyWide : string.Join(';', Districts.Distinct().Order());

    /// <summary>A listing is due for review when it has never been confirmed, or not in the last 12 months.</summary>
    public static bool NeedsReview(DateOnly? confirmedOn, DateOnly today) => confirmedOn is not { } on || on <= today.AddMonths(-ReviewAfterMonths);

    public static IReadOnlyList<int> ParseDistricts(string? served) =>
        served is null or CountyWide ? [] : served.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
