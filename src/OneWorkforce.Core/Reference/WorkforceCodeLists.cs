namespace OneWorkforce.Core.Reference;

/// <summary>Code lists that describe the workforce and its employers (seeds 000 and 001).</summary>
public static class WorkforceCodeLists
{
    /// <summary>Seed 001: the services the workforce strategy covers.</summary>
    public static readonly CodeList WorkforceSectors = new("workforce-sectors", "Workforce sectors",
    [
        new("early-years", "Early years and childcare"),
        new("education", "Education (schools, further and higher education)"),
        new("health", "Health"),
        new("social-care", "Social care, family and community support"),
        new("sport-leisure-play", "Sport, leisure and play"),
        new("youth-justice-police", "Youth justice and police"),
        new("youth-services", "Youth services"),
    ]);

    /// <summary>Seed 001 definitions of the core and wider children's workforce.</summary>
    public static readonly CodeList WorkforceTypes = new("workforce-types", "Core or wider workforce",
    [
        new("core", "Core workforce",
            "Works or volunteers with children, young people and their families, or is responsible for their outcomes, all the time"),
        new("wider", "Wider workforce",
            "Works or volunteers with children, young people and/or their families part of the time, or is responsible for their outcomes as part of their job"),
    ]);

    /// <summary>Seed 000: the nine categories the PVI survey grouped organisations into. An organisation can be in several.</summary>
    public static readonly CodeList OrganisationCategories = new("organisation-categories", "Organisation categories",
    [
        new("early-years", "Early years (0 to 4 years)"),
        new("uniformed", "Uniformed groups"),
        new("faith", "Faith groups"),
        new("youth", "Youth"),
        new("family-support", "Family support or social care"),
        new("special-education", "(Special) education (5 to 19 years)"),
        new("children-5-11", "Children (5 to 11 years)"),
        new("young-people-12", "Young people (12 and over)"),
        new("health", "Health related"),
    ]);

    /// <summary>Sector of employer. PVI means private, voluntary and independent.</summary>
    public static readonly CodeList EmployerSectors = new("employer-sectors", "Sector of employer",
    [
        new("statutory", "Statutory"),
        new("maintained", "Maintained"),
        new("private", "Private", "Part of the PVI sector"),
        new("voluntary", "Voluntary", "Part of the PVI sector"),
        new("independent", "Independent", "Part of the PVI sector"),
    ]);

    public static readonly IReadOnlySet<string> PviSectors = new HashSet<string> { "private", "voluntary", "independent" };

    public static IReadOnlyList<CodeList> All { get; } =
    [
        WorkforceSectors, WorkforceTypes, OrganisationCategories, EmployerSectors, EveryChildMatters.Outcomes,
    ];
}
