namespace OneWorkforce.Core.Strategy;

/// <summary>One thing a computed indicator can read from the live data: where from (a workforce report's headline, the training register or the self-assessment).</summary>
public sealed record Measure(string Code, string Name, string Unit, bool HigherIsBetter, string Source)
{
    /// <summary>For a workforce measure: the report and the headline code it reads.</summary>
    public (string Report, string Headline)? Workforce =>
        Code.StartsWith("workforce:", StringComparison.Ordinal) && Code.Split(':') is [_, var report, var headline] ? (report, headline) : null;
}

/// <summary>
/// The measures seed 001 names for monitoring a strategy, computed from the other modules for the strategy's area as at
/// a date: the workforce profile (qualifications, turnover, stability, diversity, apprenticeships, induction, training and
/// safeguarding coverage), training attendance, and the self-assessment's overall score.
/// </summary>
public static class Measures
{
    public const string TrainingAttendance = "training:attended";
    public const string AssessmentOverall = "assessment:overall";

    public static readonly IReadOnlyList<Measure> All =
    [
        new("workforce:qualifications:level-3-early-years", "Early years staff at level 3 or above", IndicatorUnits.Percent, true, "workforce data: qualification levels"),
        new("workforce:qualifications:level-3", "Staff at level 3 or above", IndicatorUnits.Percent, true, "workforce data: qualification levels"),
        new("workforce:turnover:turnover", "Turnover in the last 12 months", IndicatorUnits.Percent, false, "workforce data: turnover"),
        new("workforce:stability:stability", "Staff with a year's service or more", IndicatorUnits.Percent, true, "workforce data: stability"),
        new("workforce:training:safeguarding", "Safeguarding training in date", IndicatorUnits.Percent, true, "workforce data: training records"),
        new("workforce:training:trained", "Completed training in the last 12 months", IndicatorUnits.Percent, true, "workforce data: training records"),
        new("workforce:apprenticeships:apprentices", "Apprentices in the workforce", IndicatorUnits.Percent, true, "workforce data: apprenticeships"),
        new("workforce:induction:induction", "Staff who have completed their induction", IndicatorUnits.Percent, true, "workforce data: induction"),
        new("workforce:ethnicity:minority", "Staff from minority ethnic groups", IndicatorUnits.Percent, true, "workforce data: ethnicity"),
        new(TrainingAttendance, "People attending training in the last 12 months", IndicatorUnits.Number, true, "training registers"),
        new(AssessmentOverall, "Self-assessment overall score", IndicatorUnits.Score, true, "the latest One Children's Workforce self-assessment"),
    ];

    public static Measure? Find(string? code) => All.FirstOrDefault(m => m.Code == code);
}
