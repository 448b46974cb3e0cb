using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;

namespace OneWorkforce.Data.Demo;

/// <summary>The fictional demo area: its districts, organisations and one account per role.</summary>
public static class DemoData
{
    public const string AreaCode = "E99999999";
    public const string AreaName = "Demoshire (fictional)";
    public const string Password = "demo-password-2026";

    public static readonly IReadOnlyList<string> Districts = ["Northbridge", "Southfield", "Eastwick", "Westmoor", "Central Demoshire"];

    public static readonly IReadOnlyList<OrganisationInput> Organisations =
    [
        new("Little Acorns Day Nursery", "EY100001", "private", ["early-years"]),
        new("Riverside Youth Club", "CH200002", "voluntary", ["youth", "young-people-12"]),
        new("St Anne's Church of England Primary School", "URN300003", "maintained", ["children-5-11", "special-education"]),
        new("1st Northbridge Scout Group", "CH400004", "voluntary", ["uniformed", "children-5-11", "young-people-12"]),
        new("Demoshire Community Health Team", "NHS500005", "statutory", ["health", "family-support"]),
        new("Demoshire Training Partnership", "TP600006", "independent", []),
    ];

    public sealed record DemoAccount(string Email, string DisplayName, string Role, string? OrganisationReference);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.example.org", "Alex Administrator", ServiceRoles.NationalAdministrator, null),
        new("lead@demo.example.org", "Lee Lead", ServiceRoles.AreaLead, null),
        new("manager@demo.example.org", "Morgan Manager", ServiceRoles.OrganisationManager, "EY100001"),
        new("practitioner@demo.example.org", "Pat Practitioner", ServiceRoles.Practitioner, "EY100001"),
        new("provider@demo.example.org", "Priya Provider", ServiceRoles.TrainingProvider, "TP600006"),
    ];
}
