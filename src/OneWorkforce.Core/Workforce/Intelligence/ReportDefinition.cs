namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>One of the workforce intelligence reports: its name in addresses and the CLI, its title and what it answers.</summary>
public sealed record ReportDefinition(string Name, string Title, string Summary);

/// <summary>The intelligence reports of the workforce data set (issue 5), in the order the pages list them.</summary>
public static class WorkforceReports
{
    public static readonly ReportDefinition Headcount = new("headcount", "Headcount and full-time equivalent",
        "How many people work or volunteer, by contract, and their full-time equivalent.");
    public static readonly ReportDefinition Age = new("age", "Age",
        "Age bands, and the share who could retire within 5 years (60 or over) and within 10 years (55 or over).");
    public static readonly ReportDefinition Gender = new("gender", "Gender", "How the workforce describe their gender.");
    public static readonly ReportDefinition Ethnicity = new("ethnicity", "Ethnicity",
        "Ethnicity in the 19 census categories and 5 groups, and the share from minority ethnic groups.");
    public static readonly ReportDefinition Disability = new("disability", "Disability", "The share who consider themselves disabled.");
    public static readonly ReportDefinition Turnover = new("turnover", "Turnover and leaving reasons",
        "Leavers in the last 12 months over the average headcount, and why they left.");
    public static readonly ReportDefinition Stability = new("stability", "Stability",
        "Length of service, and the share with a year's service or more.");
    public static readonly ReportDefinition Qualifications = new("qualifications", "Qualification levels",
        "Highest relevant qualification level by workforce sector, and the share at level 3 or above.");
    public static readonly ReportDefinition Training = new("training", "Training and safeguarding",
        "Training completed in the last 12 months by topic, and safeguarding training coverage.");
    public static readonly ReportDefinition Apprenticeships = new("apprenticeships", "Apprenticeships", "Apprentices now, and those who completed an apprenticeship here.");
    public static readonly ReportDefinition Induction = new("induction", "Induction", "The share who have completed their induction.");

    public static IReadOnlyList<ReportDefinition> All { get; } =
        [Headcount, Age, Gender, Ethnicity, Disability, Turnover, Stability, Qualifications, Training, Apprenticeships, Induction];

    public static ReportDefinition? Find(string? name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
