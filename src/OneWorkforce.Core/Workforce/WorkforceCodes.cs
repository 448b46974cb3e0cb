using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce;

/// <summary>
/// The code lists of the workforce data standard (PRODUCT.md §4). Each list is defined once here;
/// the forms, the upload validator, the API, the data dictionary page and the templates read it.
/// </summary>
public static class WorkforceCodes
{
    public static readonly CodeList Contracts = new("contracts", "Contract",
    [
        new("full-time", "Full-time"),
        new("part-time", "Part-time"),
        new("volunteer", "Volunteer"),
        new("committee", "Management committee or trustee", "Unpaid members of a management committee or board of trustees"),
        new("agency", "Agency", "Supplied by an agency, paid through it"),
        new("self-employed", "Self-employed"),
    ]);

    /// <summary>Contracts whose people are paid by the organisation and count towards its paid staff.</summary>
    public static readonly IReadOnlySet<string> PaidContracts = new HashSet<string> { "full-time", "part-time", "agency", "self-employed" };

    public static readonly CodeList Genders = new("genders", "Gender",
    [
        new("female", "Female"),
        new("male", "Male"),
        new("other", "Describes themself in another way"),
        new("not-given", "Prefers not to say"),
    ]);

    /// <summary>The five ethnic groups of the 2021 census for England.</summary>
    public static readonly CodeList EthnicGroups = new("ethnic-groups", "Ethnic group",
    [
        new("white", "White"),
        new("mixed", "Mixed or multiple ethnic groups"),
        new("asian", "Asian or Asian British"),
        new("black", "Black, Black British, Caribbean or African"),
        new("other", "Other ethnic group"),
    ]);

    /// <summary>The 19 ethnic categories of the 2021 census, in its five groups (the hint names the group), and "prefers not to say".</summary>
    public static readonly CodeList Ethnicities = new("ethnicities", "Ethnicity",
    [
        new("white-british", "English, Welsh, Scottish, Northern Irish or British", "white"),
        new("white-irish", "Irish", "white"),
        new("white-gypsy-traveller", "Gypsy or Irish Traveller", "white"),
        new("white-roma", "Roma", "white"),
        new("white-other", "Any other White background", "white"),
        new("mixed-white-asian", "White and Asian", "mixed"),
        new("mixed-white-black-african", "White and Black African", "mixed"),
        new("mixed-white-black-caribbean", "White and Black Caribbean", "mixed"),
        new("mixed-other", "Any other Mixed or multiple ethnic background", "mixed"),
        new("asian-bangladeshi", "Bangladeshi", "asian"),
        new("asian-chinese", "Chinese", "asian"),
        new("asian-indian", "Indian", "asian"),
        new("asian-pakistani", "Pakistani", "asian"),
        new("asian-other", "Any other Asian background", "asian"),
        new("black-african", "African", "black"),
        new("black-caribbean", "Caribbean", "black"),
        new("black-other", "Any other Black, Black British or Caribbean background", "black"),
        new("other-arab", "Arab", "other"),
        new("other-any", "Any other ethnic group", "other"),
        new("not-given", "Prefers not to say"),
    ]);

    /// <summary>The group an ethnicity belongs to, or null for "prefers not to say".</summary>
    public static string? GroupOf(string ethnicity) => Ethnicities.Find(ethnicity)?.Hint;

    /// <summary>
    /// Minority ethnic groups as the ONS counts them: everyone except White British
    /// (so White Irish, Gypsy or Irish Traveller, Roma and other White backgrounds count as minorities).
    /// </summary>
    public static bool IsMinorityEthnic(string ethnicity) => ethnicity != "white-british" && ethnicity != "not-given" && Ethnicities.Contains(ethnicity);

    public static readonly CodeList Disability = new("disability", "Disability",
    [
        new("yes", "Yes", "Has a physical or mental condition or illness that limits day-to-day activities (Equality Act 2010)"),
        new("no", "No"),
        new("not-given", "Prefers not to say"),
    ]);

    public static readonly CodeList LeavingReasons = new("leaving-reasons", "Reason for leaving",
    [
        new("children-workforce-job", "Another job in the children's workforce"),
        new("left-sector", "A job outside the children's workforce"),
        new("pay", "Pay or conditions"),
        new("workload", "Workload or stress"),
        new("career", "Lack of progression or training"),
        new("retirement", "Retirement"),
        new("relocation", "Moved away"),
        new("family", "Family or caring responsibilities"),
        new("health", "Ill health"),
        new("contract-ended", "End of a fixed-term contract"),
        new("redundancy", "Redundancy"),
        new("dismissal", "Dismissal"),
        new("volunteering-ended", "Stopped volunteering"),
        new("other", "Another reason"),
        new("not-known", "Not known"),
    ]);

    /// <summary>Highest relevant qualification: the levels of the framework (entry to 8) and "none".</summary>
    public static readonly CodeList QualificationLevels = new("qualification-levels", "Highest relevant qualification level",
        [new("none", "No relevant qualification"), .. Reference.QualificationLevels.All.Where(l => l.Code != "not-levelled").Select(l => new CodeListItem(l.Code, l.Name))]);

    /// <summary>Level 3 or above (seed 001: "qualified to level 3", the early years measure).</summary>
    public static bool IsLevel3OrAbove(string level) => level is "3" or "4" or "5" or "6" or "7" or "8";

    public static readonly CodeList Apprenticeship = new("apprenticeship", "Apprenticeship",
    [
        new("none", "Not an apprentice"),
        new("current", "Apprentice now"),
        new("completed", "Completed an apprenticeship here"),
    ]);

    public static readonly CodeList YesNo = new("yes-no", "Yes or no",
    [
        new("yes", "Yes"),
        new("no", "No"),
    ]);

    /// <summary>Topics of training records (seed 001 priorities; seed 000 Q13).</summary>
    public static readonly CodeList TrainingTopics = new("training-topics", "Training topic",
    [
        new("safeguarding", "Safeguarding children"),
        new("first-aid", "Paediatric first aid"),
        new("caf", "Common Assessment Framework"),
        new("common-core", "Common Core of Skills and Knowledge"),
        new("induction", "Induction"),
        new("health-and-safety", "Health and safety"),
        new("food-hygiene", "Food hygiene"),
        new("send", "Special educational needs and disability"),
        new("child-development", "Child development"),
        new("behaviour", "Behaviour"),
        new("leadership", "Leadership and management"),
        new("equality", "Equality and diversity"),
        new("other", "Other"),
    ]);

    /// <summary>Levels of safeguarding training (Working Together: level 1 for everyone, 2 and 3 for those who work closely with children).</summary>
    public static readonly CodeList SafeguardingLevels = new("safeguarding-levels", "Safeguarding level",
    [
        new("1", "Level 1 (basic awareness)"),
        new("2", "Level 2 (working together)"),
        new("3", "Level 3 (designated or specialist)"),
    ]);

    /// <summary>The words a row of an upload may put in its action column.</summary>
    public static readonly CodeList RowActions = new("row-actions", "Action",
    [
        new("delete", "Remove this record", "Leave the column blank to add or update the record"),
    ]);

    /// <summary>Size band of an organisation by headcount (staff and volunteers).</summary>
    public static readonly CodeList SizeBands = new("size-bands", "Size",
    [
        new("1-4", "1 to 4 people"),
        new("5-9", "5 to 9 people"),
        new("10-49", "10 to 49 people"),
        new("50-249", "50 to 249 people"),
        new("250+", "250 people or more"),
    ]);

    /// <summary>Seed 000: the turnover bands the PVI report used.</summary>
    public static readonly CodeList TurnoverBands = new("turnover-bands", "Annual turnover",
    [
        new("under-60k", "Under £60,000"),
        new("60k-100k", "£60,000 to £100,000"),
        new("over-100k", "Over £100,000"),
    ]);

    /// <summary>Seed 000: the training budget bands the PVI report used.</summary>
    public static readonly CodeList TrainingBudgetBands = new("training-budget-bands", "Training budget",
    [
        new("none", "No training budget"),
        new("up-to-1k", "£1,000 or less"),
        new("1k-5k", "£1,001 to £5,000"),
        new("5k-10k", "£5,001 to £10,000"),
        new("over-10k", "Over £10,000"),
    ]);

    public static readonly CodeList AgeRanges = new("age-ranges", "Ages served",
    [
        new("0-4", "0 to 4 years"),
        new("5-11", "5 to 11 years"),
        new("12-19", "12 to 19 years"),
        new("families", "Parents and families"),
    ]);

    /// <summary>The role list: the national roles (seed 002 appendix 2) and "other".</summary>
    public static readonly CodeList Roles = new("roles", "Role",
        [.. Reference.Roles.Initial.Select(r => new CodeListItem(r.Code, r.Title, r.WorkforceType)),
         new("manager", "Manager or leader of a setting or service", "core"),
         new("other", "Another role", "wider")]);

    public static IReadOnlyList<CodeList> All { get; } =
    [
        Roles, Contracts, Genders, EthnicGroups, Ethnicities, Disability, LeavingReasons, QualificationLevels, Apprenticeship,
        YesNo, TrainingTopics, SafeguardingLevels, SizeBands, TurnoverBands, TrainingBudgetBands, AgeRanges, RowActions,
    ];
}
