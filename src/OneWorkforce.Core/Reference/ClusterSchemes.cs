namespace OneWorkforce.Core.Reference;

/// <summary>A cluster scheme shipped in the national reference data, with each initial role's cluster.</summary>
public sealed record ClusterSchemeDefinition(string Code, string Title, string Description, IReadOnlyDictionary<string, string> ClusterOfRole);

/// <summary>
/// Two ways of clustering the initial roles (seed 002 §4: roles "clustered into workforce sectors",
/// the allocation varying "as new Sector Skills Councils and their scopes have been formally defined").
/// </summary>
public static class ClusterSchemes
{
    public const string WorkforceSector = "workforce-sector";
    public const string SectorBody = "sector-body-2005";

    public static IReadOnlyList<ClusterSchemeDefinition> All { get; } =
    [
        new(WorkforceSector, "Workforce sector",
            "Each role in the first workforce sector it works in.",
            Roles.Initial.ToDictionary(r => r.Code, r => WorkforceCodeLists.WorkforceSectors.Items.Single(s => s.Code == r.Sectors[0]).Label)),
        new(SectorBody, "Sector skills body (2005)",
            "Each role under the sector skills council or workforce body that set its standards in 2005.",
            SectorBodies()),
    ];

    private static Dictionary<string, string> SectorBodies()
    {
        const string cwdc = "Children's Workforce Development Council", health = "Skills for Health", care = "Skills for Care",
            justice = "Skills for Justice", tda = "Training and Development Agency for Schools", lluk = "Lifelong Learning UK",
            active = "SkillsActive", asset = "Asset Skills";
        return new Dictionary<string, string>
        {
            ["child-psychologist"] = health, ["childcare-playworker"] = cwdc, ["camhs-professional"] = health,
            ["childrens-social-services"] = cwdc, ["community-paediatrician"] = health, ["connexions-personal-adviser"] = cwdc,
            ["early-years-worker"] = cwdc, ["educational-psychologist"] = cwdc, ["education-welfare"] = cwdc, ["foster-carer"] = cwdc,
            ["learning-mentor"] = cwdc, ["leaving-care-adviser"] = cwdc, ["learning-support-assistant"] = tda, ["payp-worker"] = active,
            ["school-nurse"] = health, ["senco"] = tda, ["vcs-social-care-worker"] = care, ["community-worker"] = lluk,
            ["dentist"] = health, ["daat-worker"] = health, ["gp"] = health, ["health-visitor"] = health, ["home-visitor-mentor"] = care,
            ["housing-officer"] = asset, ["immigration-official"] = justice, ["nanny"] = cwdc, ["nurse"] = health, ["police"] = justice,
            ["private-tutor"] = lluk, ["prison-service"] = justice, ["homelessness-worker"] = care, ["school-workforce"] = tda,
            ["family-courts"] = justice, ["university-staff"] = lluk,
        };
    }
}
