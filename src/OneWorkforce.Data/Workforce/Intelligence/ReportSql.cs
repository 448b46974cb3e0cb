using System.Globalization;
using System.Text;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>
/// The SQL that aggregates workers and training records for each report, the same on SQLite and PostgreSQL.
/// Every statement returns rows of (organisation id, key, N, M) grouped by organisation, so one scan answers
/// every scope (organisation, district, sector, category, area) and the per-organisation benchmarks.
/// Parameters: @asAt, @yearAgo, @year, @s1, @s2, @s5, @s10, @safeguardingFrom, and @scope when filtered.
/// </summary>
internal static class ReportSql
{
    private const string Recent = "t.completed_on > @yearAgo AND t.completed_on <= @asAt";

    private const string SafeguardingCurrent =
        "t.topic = 'safeguarding' AND t.completed_on <= @asAt AND (t.expires_on > @asAt OR (t.expires_on IS NULL AND t.completed_on > @safeguardingFrom))";

    private const string InPost = "w.start_date <= @asAt AND (w.leaving_date IS NULL OR w.leaving_date > @asAt)";

    public static IReadOnlyList<string> For(ReportDefinition report, string scope)
    {
        string Grouped(string key, string where = InPost, string m = "0") =>
            $"SELECT w.organisation_id, {key}, COUNT(*), {m} FROM workers w WHERE {scope} AND {where} GROUP BY {GroupBy(key)}";
        string Coded(string column) => Grouped($"COALESCE(w.{column}, '{Bands.NotKnown}')");
        var fullTime = WorkforceStandard.FullTimeHours.ToString(CultureInfo.InvariantCulture);
        return report.Name switch
        {
            "headcount" => [Grouped("w.contract", m:
                $"SUM(CASE WHEN w.contracted_hours IS NULL THEN (CASE WHEN w.contract = 'full-time' THEN {fullTime} ELSE 0 END) " +
                $"WHEN w.contracted_hours > {fullTime} THEN {fullTime} ELSE w.contracted_hours END)")],
            "age" => [Grouped(AgeBand())],
            "gender" => [Coded("gender")],
            "ethnicity" => [Coded("ethnicity")],
            "disability" => [Coded("disability")],
            "apprenticeships" => [Coded("apprenticeship")],
            "induction" => [Coded("induction_completed")],
            "qualifications" => [Coded("highest_qualification_level")],
            "stability" => [Grouped(
                "CASE WHEN w.start_date <= @s10 THEN '10-plus' WHEN w.start_date <= @s5 THEN '5-10' WHEN w.start_date <= @s2 THEN '2-5' " +
                "WHEN w.start_date <= @s1 THEN '1-2' ELSE 'under-1' END")],
            "turnover" =>
            [
                Grouped($"'leaver:' || COALESCE(w.leaving_reason, '{Bands.NotKnown}')", "w.leaving_date > @yearAgo AND w.leaving_date <= @asAt"),
                $"SELECT w.organisation_id, 'headcounts', SUM(CASE WHEN {InPost} THEN 1 ELSE 0 END), " +
                "SUM(CASE WHEN w.start_date <= @yearAgo AND (w.leaving_date IS NULL OR w.leaving_date > @yearAgo) THEN 1 ELSE 0 END) " +
                $"FROM workers w WHERE {scope} AND w.start_date <= @asAt AND (w.leaving_date IS NULL OR w.leaving_date > @yearAgo) GROUP BY w.organisation_id",
            ],
            "training" =>
            [
                Grouped("'headcount'"),
                Trained("'topic:' || t.topic", scope, Recent),
                // People with any training in the last 12 months (N) and with safeguarding in date (M), in one pass.
                "SELECT w.organisation_id, 'trained', " +
                $"COUNT(DISTINCT CASE WHEN {Recent} THEN t.worker_id END), COUNT(DISTINCT CASE WHEN {SafeguardingCurrent} THEN t.worker_id END) " +
                $"FROM training_records t JOIN workers w ON w.id = t.worker_id WHERE {scope} AND {InPost} AND (({Recent}) OR ({SafeguardingCurrent})) GROUP BY w.organisation_id",
            ],
            _ => throw new ArgumentException($"There is no report called '{report.Name}'.", nameof(report)),
        };
    }

    /// <summary>
    /// The training report's figures from each person's latest training (PostgreSQL's training_latest, ADR 0019) rather
    /// than from every record: the same rows as the record statements when no training is dated after @asAt, since then
    /// "trained in the year" is "latest date in the year", and "safeguarding in date" is "latest expiry after @asAt, or
    /// latest safeguarding without an expiry completed after @safeguardingFrom".
    /// </summary>
    public static string TrainingFromLatest(string scope)
    {
        var topics = WorkforceCodes.TrainingTopics.Items.Select(t => (Key: "topic:" + t.Code, Column: LatestColumn(t.Code))).ToList();
        var counts = string.Join(", ", topics.Select((t, i) => $"SUM(CASE WHEN f.{t.Column} > @yearAgo THEN 1 ELSE 0 END) AS t{i}"));
        var rows = string.Join(", ", topics.Select((t, i) => $"('{t.Key}', a.t{i}, 0)"));
        return $"""
            SELECT a.organisation_id, v.k, v.n, v.m FROM (
                SELECT w.organisation_id,
                       SUM(CASE WHEN f.last_completed_on > @yearAgo THEN 1 ELSE 0 END) AS trained,
                       SUM(CASE WHEN f.safeguarding_expires_on > @asAt OR f.safeguarding_unexpiring_on > @safeguardingFrom THEN 1 ELSE 0 END) AS safeguarded,
                       {counts}
                FROM training_latest f JOIN workers w ON w.id = f.worker_id
                WHERE {scope} AND {InPost}
                GROUP BY w.organisation_id) a
            CROSS JOIN LATERAL (VALUES ('trained', a.trained, a.safeguarded), {rows}) v(k, n, m)
            WHERE v.n > 0 OR (v.k = 'trained' AND v.m > 0)
            """;
    }

    /// <summary>training_latest's column for a topic's latest date.</summary>
    public static string LatestColumn(string topic) => "last_" + topic.Replace('-', '_');

    /// <summary>1 when some training is dated after @asAt, so that training_latest cannot answer for that date.</summary>
    public const string TrainingAfterAsAt = "SELECT CASE WHEN EXISTS (SELECT 1 FROM training_latest WHERE last_completed_on > @asAt) THEN 1 ELSE 0 END";

    private static string Trained(string key, string scope, string where) =>
        $"SELECT w.organisation_id, {key}, COUNT(DISTINCT t.worker_id), 0 FROM training_records t JOIN workers w ON w.id = t.worker_id " +
        $"WHERE {scope} AND {InPost} AND {where} GROUP BY {GroupBy(key)}";

    /// <summary>PostgreSQL refuses a constant in GROUP BY: a key that is one literal groups by organisation only.</summary>
    private static string GroupBy(string key) =>
        key.StartsWith('\'') && key.EndsWith('\'') && key.Count(c => c == '\'') == 2 ? "w.organisation_id" : $"w.organisation_id, {key}";

    private static string AgeBand()
    {
        var sql = new StringBuilder($"CASE WHEN w.year_of_birth IS NULL THEN '{Bands.NotKnown}'");
        for (var i = Bands.AgeBandStarts.Length - 1; i > 0; i--)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN @year - w.year_of_birth >= {Bands.AgeBandStarts[i]} THEN '{Bands.AgeBands.Items[i].Code}'");
        }
        return sql.Append(CultureInfo.InvariantCulture, $" ELSE '{Bands.AgeBands.Items[0].Code}' END").ToString();
    }

    public static Dictionary<string, object> Parameters(DateOnly asAt) => new()
    {
        ["asAt"] = asAt,
        ["yearAgo"] = asAt.AddYears(-1),
        ["year"] = asAt.Year,
        ["s1"] = asAt.AddYears(-1),
        ["s2"] = asAt.AddYears(-2),
        ["s5"] = asAt.AddYears(-5),
        ["s10"] = asAt.AddYears(-10),
        ["safeguardingFrom"] = asAt.AddYears(-Bands.SafeguardingRefreshYears),
    };
}
