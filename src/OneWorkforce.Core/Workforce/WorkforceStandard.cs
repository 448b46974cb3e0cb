namespace OneWorkforce.Core.Workforce;

/// <summary>
/// The workforce data standard, defined once (PRODUCT.md §4): organisations, workers and training
/// records. Every submission records <see cref="Version"/>; change it whenever a field or code changes.
/// </summary>
public static class WorkforceStandard
{
    public const string Version = "2026.1";

    private const string OrganisationReference = "organisation_reference";
    private const string StaffReference = "staff_reference";

    private static readonly StandardField OrganisationKey = new(OrganisationReference, "Organisation reference", FieldKind.Text, true,
        "The organisation's reference in this area, as the area lead set it up", "NUR-0042", MaxLength: 50);

    private static readonly StandardField StaffKey = new(StaffReference, "Staff reference", FieldKind.Text, true,
        "The organisation's own reference for the person, such as a payroll number or initials and a number. Never a name or a National Insurance number", "S0017", MaxLength: 50);

    private static readonly StandardField Action = new("action", "Action", FieldKind.Code, false,
        "Leave blank to add or update. Put 'delete' to remove the record", "", WorkforceCodes.RowActions, MaxLength: 10);

    public static readonly RecordLayout Organisations = new("organisations", "Organisations",
        "One row for each organisation in the area. Only area leads upload this file.",
    [
        OrganisationKey,
        new("name", "Name", FieldKind.Text, true, "The name the organisation is known by", "Little Acorns Nursery", MaxLength: 200),
        new("employer_sector", "Sector of employer", FieldKind.Code, true, "Statutory, maintained or one of the private, voluntary and independent sectors", "private", Reference.WorkforceCodeLists.EmployerSectors),
        new("categories", "Categories", FieldKind.Codes, true, "What kind of organisation it is (seed 000's nine categories); several allowed", "early-years", Reference.WorkforceCodeLists.OrganisationCategories, MaxLength: 400),
        new("workforce_sectors", "Workforce sectors", FieldKind.Codes, false, "The sectors of the children's workforce it works in", "early-years", Reference.WorkforceCodeLists.WorkforceSectors, MaxLength: 400),
        new("district", "District", FieldKind.Text, false, "The district of the area it is based in, as the area names it", "Northbridge", MaxLength: 200),
        new("age_ranges", "Ages served", FieldKind.Codes, false, "The ages of the children and young people it works with", "0-4", WorkforceCodes.AgeRanges, MaxLength: 200),
        new("size_band", "Size", FieldKind.Code, false, "Staff and volunteers together", "10-49", WorkforceCodes.SizeBands),
        new("turnover_band", "Annual turnover", FieldKind.Code, false, "The organisation's income in its last financial year", "under-60k", WorkforceCodes.TurnoverBands),
        new("training_budget_band", "Training budget", FieldKind.Code, false, "What it spends on training in a year", "up-to-1k", WorkforceCodes.TrainingBudgetBands),
        new("contact_email", "Contact email", FieldKind.Text, false, "An email address for workforce matters", "manager@example.org", MaxLength: 200),
    ], [OrganisationReference], AreaLeadsOnly: true);

    public static readonly RecordLayout Workers = new("workers", "Workers",
        "One row for each person who works or volunteers in the organisation, including those who left in the last 12 months (with their leaving date).",
    [
        OrganisationKey,
        StaffKey,
        new("role", "Role", FieldKind.Code, true, "Their main role, from the role list", "early-years-worker", WorkforceCodes.Roles),
        new("contract", "Contract", FieldKind.Code, true, "How they work for the organisation", "part-time", WorkforceCodes.Contracts, MaxLength: 20),
        new("contracted_hours", "Contracted hours a week", FieldKind.Decimal, false, "Hours a week in their contract; for volunteers, the hours they usually give. Full-time equivalent is worked out as hours over 37", "22.5", Min: 0, Max: 168),
        new("start_date", "Start date", FieldKind.Date, true, "When they started in this organisation", "2019-09-02"),
        new("leaving_date", "Leaving date", FieldKind.Date, false, "When they left, if they have left. Blank if they still work here", ""),
        new("leaving_reason", "Reason for leaving", FieldKind.Code, false, "Why they left. Needed when there is a leaving date", "", WorkforceCodes.LeavingReasons, MaxLength: 30),
        new("year_of_birth", "Year of birth", FieldKind.Year, false, "The year only, never the full date of birth", "1987", Min: 1900, Max: 2100),
        new("gender", "Gender", FieldKind.Code, false, "How they describe themself", "female", WorkforceCodes.Genders),
        new("ethnicity", "Ethnicity", FieldKind.Code, false, "How they describe themself, from the 2021 census categories", "white-british", WorkforceCodes.Ethnicities, MaxLength: 40),
        new("disability", "Disability", FieldKind.Code, false, "Whether they consider themself disabled", "no", WorkforceCodes.Disability),
        new("highest_qualification_level", "Highest relevant qualification level", FieldKind.Code, false, "The level of their highest qualification relevant to their role", "3", WorkforceCodes.QualificationLevels),
        new("apprenticeship", "Apprenticeship", FieldKind.Code, false, "Whether they are or were an apprentice here", "none", WorkforceCodes.Apprenticeship),
        new("induction_completed", "Induction completed", FieldKind.Code, false, "Whether they have completed the organisation's induction", "yes", WorkforceCodes.YesNo),
        Action,
    ], [OrganisationReference, StaffReference], AreaLeadsOnly: false);

    public static readonly RecordLayout TrainingRecords = new("training", "Training records",
        "One row for each piece of training a person completed. A row is identified by the person, the title and the date completed.",
    [
        OrganisationKey,
        StaffKey,
        new("title", "Course title", FieldKind.Text, true, "The name of the course or training", "Safeguarding children level 2", MaxLength: 200),
        new("topic", "Topic", FieldKind.Code, true, "What the training was about", "safeguarding", WorkforceCodes.TrainingTopics),
        new("completed_on", "Date completed", FieldKind.Date, true, "When they finished it", "2025-03-14"),
        new("provider", "Provider", FieldKind.Text, false, "Who ran it", "Demoshire Safeguarding Partnership", MaxLength: 200),
        new("safeguarding_level", "Safeguarding level", FieldKind.Code, false, "For safeguarding training: its level", "2", WorkforceCodes.SafeguardingLevels),
        new("accredited", "Accredited", FieldKind.Code, false, "Whether it leads to a qualification or units", "no", WorkforceCodes.YesNo),
        new("expires_on", "Expiry date", FieldKind.Date, false, "When it must be refreshed, if it expires", "2028-03-14"),
        Action,
    ], [OrganisationReference, StaffReference, "title", "completed_on"], AreaLeadsOnly: false);

    public static IReadOnlyList<RecordLayout> Layouts { get; } = [Organisations, Workers, TrainingRecords];

    /// <summary>Full-time hours used to work out full-time equivalent.</summary>
    public const decimal FullTimeHours = 37m;

    /// <summary>The layout a header row belongs to, or null when it fits none (or two equally).</summary>
    public static RecordLayout? Recognise(IReadOnlyList<string> headers)
    {
        var fits = Layouts.Select(l => (Layout: l, Fit: l.Fit(headers))).Where(f => f.Fit > 0).OrderByDescending(f => f.Fit).ToList();
        return fits.Count == 0 || (fits.Count > 1 && fits[0].Fit == fits[1].Fit) ? null : fits[0].Layout;
    }
}
