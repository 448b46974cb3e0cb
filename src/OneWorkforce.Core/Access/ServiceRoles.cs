namespace OneWorkforce.Core.Access;

/// <summary>The roles a person can hold in the service.</summary>
public static class ServiceRoles
{
    public const string NationalAdministrator = "national-administrator";
    public const string AreaLead = "area-lead";
    public const string OrganisationManager = "organisation-manager";
    public const string Practitioner = "practitioner";
    public const string TrainingProvider = "training-provider";

    public static readonly IReadOnlyList<string> All =
        [NationalAdministrator, AreaLead, OrganisationManager, Practitioner, TrainingProvider];

    public static string Label(string role) => role switch
    {
        NationalAdministrator => "National administrator",
        AreaLead => "Workforce strategy lead (area)",
        OrganisationManager => "Organisation manager",
        Practitioner => "Practitioner or volunteer",
        TrainingProvider => "Training provider",
        _ => role,
    };
}
