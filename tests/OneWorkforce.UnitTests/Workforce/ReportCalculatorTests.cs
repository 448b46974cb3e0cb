using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.UnitTests.Workforce;

/// <summary>The intelligence reports from known facts: the figures an owner sees, and what disclosure control hides when they are shared.</summary>
public sealed class ReportCalculatorTests
{
    private static readonly DateOnly AsAt = new(2026, 11, 22);

    private static Dictionary<string, Measure> Facts(params (string Key, long N, double M)[] facts) => facts.ToDictionary(f => f.Key, f => new Measure(f.N, f.M));

    private static WorkforceReport Build(ReportDefinition report, bool suppress, params (string Key, long N, double M)[] facts) =>
        ReportCalculator.Build(report, Facts(facts), AsAt, suppress);

    private static Headline HeadlineOf(WorkforceReport report, string code) => report.Headlines.Single(h => h.Code == code);

    private static ReportRow Row(WorkforceReport report, string code, int table = 0) => report.Tables[table].Rows.Single(r => r.Code == code);

    [Fact]
    public void Headcount_counts_people_and_full_time_equivalent_of_paid_staff()
    {
        // 10 full-time (370 hours), 6 part-time (120 hours), 3 volunteers (12 hours).
        var report = Build(WorkforceReports.Headcount, false, ("full-time", 10, 370), ("part-time", 6, 120), ("volunteer", 3, 12));

        Assert.Equal(19, HeadlineOf(report, "people").Shown.Value);
        Assert.Equal(13.2, HeadlineOf(report, "fte").Shown.Value); // (370 + 120) / 37 = 13.24
        Assert.Equal(3 * 100.0 / 19, HeadlineOf(report, "volunteers").Shown.Value);
        Assert.Equal([10.0, 100.0 * 10 / 19, 10.0], Row(report, "full-time").Figures.Select(f => f.Value!.Value));
        Assert.Equal(19, Row(report, "total").Figures[0].Value);
        Assert.False(report.AnyHidden);
    }

    [Fact]
    public void Shared_headcount_hides_a_small_count_and_a_second_so_it_cannot_be_worked_out_from_the_total()
    {
        var report = Build(WorkforceReports.Headcount, true, ("full-time", 10, 370), ("part-time", 6, 120), ("volunteer", 3, 12));

        Assert.True(Row(report, "volunteer").Figures.All(f => f.Hidden));
        Assert.True(Row(report, "part-time").Figures[0].Hidden); // 19 - 10 - 3 would give it away
        Assert.Equal(10, Row(report, "full-time").Figures[0].Value);
        Assert.Equal(19, Row(report, "total").Figures[0].Value);
        Assert.Equal(0, Row(report, "agency").Figures[0].Value); // zeros hide nobody
        Assert.True(HeadlineOf(report, "volunteers").Shown.Hidden);
        Assert.True(HeadlineOf(report, "fte").Shown.Hidden); // full-time + part-time would give part-time away
        Assert.Contains(report.Notes, n => n.Contains("from 1 to 4"));
    }

    [Fact]
    public void Age_works_out_the_share_who_could_retire_within_5_and_10_years_out_of_those_whose_age_is_known()
    {
        var report = Build(WorkforceReports.Age, false, ("30-39", 20, 0), ("50-54", 10, 0), ("55-59", 6, 0), ("60-64", 3, 0), ("65-plus", 1, 0), ("not-known", 10, 0));

        Assert.Equal(10.0, HeadlineOf(report, "retire-5").Shown.Value); // 4 of 40
        Assert.Equal(25.0, HeadlineOf(report, "retire-10").Shown.Value); // 10 of 40
        Assert.Equal(50, Row(report, "total").Figures[0].Value);
    }

    [Fact]
    public void Shared_age_hides_a_retirement_share_that_would_give_away_a_hidden_band()
    {
        var report = Build(WorkforceReports.Age, true, ("30-39", 20, 0), ("50-54", 10, 0), ("55-59", 6, 0), ("60-64", 3, 0), ("65-plus", 1, 0));

        Assert.True(Row(report, "60-64").Figures[0].Hidden);
        Assert.True(Row(report, "65-plus").Figures[0].Hidden);
        Assert.True(Row(report, "55-59").Figures[0].Hidden); // 3 + 1 hidden would still show a group of 4 by subtraction
        Assert.True(HeadlineOf(report, "retire-5").Shown.Hidden); // would give 55-59 away
        Assert.Equal(25.0, HeadlineOf(report, "retire-10").Shown.Value); // all three hidden bands: already known from the total
    }

    [Fact]
    public void A_sum_is_safe_when_it_takes_none_or_all_of_the_hidden_cells()
    {
        var line = new CountLine(["a", "b", "c", "d"], [10, 3, 4, 20], [false, true, true, false, false]);

        Assert.Equal((30L, true), line.Sum(["a", "d"]));
        Assert.Equal((7L, true), line.Sum(["b", "c"])); // 37 - 10 - 20, already known
        Assert.Equal((13L, false), line.Sum(["a", "b"])); // would give b away
        Assert.Equal((27L, true), line.Sum(["b", "c", "d"]));
    }

    [Fact]
    public void Ethnicity_share_from_minority_groups_is_out_of_those_who_gave_their_ethnicity()
    {
        var report = Build(WorkforceReports.Ethnicity, false, ("white-british", 60, 0), ("white-irish", 5, 0), ("asian-indian", 10, 0), ("black-african", 5, 0), ("not-given", 15, 0), ("not-known", 5, 0));

        Assert.Equal(25.0, HeadlineOf(report, "minority").Shown.Value); // 20 of 80; White Irish counts as a minority
        var groups = report.Tables[0];
        Assert.Equal(65, groups.Rows.Single(r => r.Code == "white").Figures[0].Value);
        Assert.Equal(100, groups.Rows.Single(r => r.Code == "total").Figures[0].Value);
    }

    [Fact]
    public void Shared_ethnicity_hides_a_group_sum_that_would_give_away_one_hidden_category()
    {
        // Mixed White and Asian 2 and Chinese 3 are hidden; the Mixed group (2) and the Asian group (3 + 10) would each give one away.
        var report = Build(WorkforceReports.Ethnicity, true, ("white-british", 60, 0), ("mixed-white-asian", 2, 0), ("asian-chinese", 3, 0), ("asian-indian", 10, 0));
        var groups = report.Tables[0];

        Assert.True(groups.Rows.Single(r => r.Code == "mixed").Figures[0].Hidden);
        Assert.True(groups.Rows.Single(r => r.Code == "asian").Figures[0].Hidden);
        Assert.Equal(60, groups.Rows.Single(r => r.Code == "white").Figures[0].Value);
        Assert.True(HeadlineOf(report, "minority").Shown.Hidden is false); // 15 of 75 covers every hidden cell
        Assert.Equal(20.0, HeadlineOf(report, "minority").Shown.Value);
    }

    [Fact]
    public void Turnover_is_leavers_over_the_average_of_the_headcount_a_year_ago_and_now()
    {
        var report = Build(WorkforceReports.Turnover, false, ("leaver:pay", 6, 0), ("leaver:retirement", 4, 0), ("headcount-now", 100, 0), ("headcount-year-ago", 90, 0));

        Assert.Equal(10 * 100.0 / 95, HeadlineOf(report, "turnover").Shown.Value);
        Assert.Equal(10, Row(report, "total").Figures[0].Value);
        Assert.Equal(60.0, Row(report, "pay").Figures[1].Value);
    }

    [Fact]
    public void Shared_turnover_is_hidden_when_the_headcount_it_rests_on_is_small()
    {
        var report = Build(WorkforceReports.Turnover, true, ("leaver:pay", 5, 0), ("headcount-now", 3, 0), ("headcount-year-ago", 6, 0));

        Assert.True(HeadlineOf(report, "turnover").Shown.Hidden);
        Assert.True(HeadlineOf(report, "headcount-now").Shown.Hidden);
    }

    [Fact]
    public void Stability_is_the_share_with_a_year_or_more_of_service()
    {
        var report = Build(WorkforceReports.Stability, false, ("under-1", 15, 0), ("1-2", 15, 0), ("2-5", 30, 0), ("10-plus", 40, 0));

        Assert.Equal(85.0, HeadlineOf(report, "stability").Shown.Value);
    }

    [Fact]
    public void Qualifications_give_the_share_of_early_years_staff_at_level_3_or_above_out_of_those_whose_level_is_known()
    {
        var report = Build(WorkforceReports.Qualifications, false,
            ("early-years|2", 20, 0), ("early-years|3", 50, 0), ("early-years|6", 10, 0), ("early-years|not-known", 20, 0),
            ("youth-services|none", 10, 0), ("youth-services|3", 10, 0));

        Assert.Equal(75.0, HeadlineOf(report, "level-3-early-years").Shown.Value); // 60 of 80
        Assert.Equal(70.0, HeadlineOf(report, "level-3").Shown.Value); // 70 of 100
        var table = report.Tables[0];
        Assert.Equal(["early-years", "youth-services", "total"], table.Rows.Select(r => r.Code));
        Assert.Equal(100, table.Rows[0].Figures[^2].Value);
    }

    [Fact]
    public void Shared_qualifications_suppress_across_sectors_and_levels_together()
    {
        var report = Build(WorkforceReports.Qualifications, true,
            ("early-years|2", 20, 0), ("early-years|3", 50, 0), ("early-years|6", 2, 0),
            ("youth-services|none", 10, 0), ("youth-services|3", 10, 0));
        var table = report.Tables[0];
        var level6 = table.Columns.Select(c => c.Name).ToList().FindIndex(n => n.Contains('6'));

        Assert.True(table.Rows[0].Figures[level6].Hidden);
        Assert.True(table.Rows[0].Figures.Take(table.Columns.Count - 2).Count(f => f.Hidden) >= 2); // never alone in its row
        Assert.True(HeadlineOf(report, "level-3-early-years").Shown.Hidden); // level 3 + level 6 would give level 6 away
    }

    [Fact]
    public void Training_counts_people_trained_in_the_last_12_months_and_safeguarding_in_date_out_of_people_in_post()
    {
        var report = Build(WorkforceReports.Training, false, ("headcount", 40, 0), ("any", 30, 0), ("topic:safeguarding", 20, 0), ("topic:first-aid", 12, 0), ("safeguarding-current", 34, 0));

        Assert.Equal(75.0, HeadlineOf(report, "trained").Shown.Value);
        Assert.Equal(85.0, HeadlineOf(report, "safeguarding").Shown.Value);
        Assert.Equal(50.0, Row(report, "safeguarding").Figures[1].Value);
    }

    [Fact]
    public void Shared_training_hides_a_share_whose_complement_is_small()
    {
        // 38 of 40 trained: "all but 2" would point at 2 people.
        var report = Build(WorkforceReports.Training, true, ("headcount", 40, 0), ("any", 38, 0), ("topic:safeguarding", 20, 0), ("safeguarding-current", 40, 0));

        Assert.True(HeadlineOf(report, "trained").Shown.Hidden);
        Assert.Equal(100.0, HeadlineOf(report, "safeguarding").Shown.Value); // all 40: nobody is singled out
        Assert.Equal(20, Row(report, "safeguarding").Figures[0].Value);
    }

    [Fact]
    public void Every_report_builds_from_no_facts_without_dividing_by_zero()
    {
        foreach (var definition in WorkforceReports.All)
        {
            var report = ReportCalculator.Build(definition, new Dictionary<string, Measure>(), AsAt, suppress: true);
            Assert.All(report.Headlines, h => Assert.False(h.Shown.Value is double v && double.IsNaN(v)));
            Assert.NotEmpty(report.Tables);
        }
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 2, 3, 4)]
    [InlineData(new double[] { 10, 20, 30, 40 }, 17.5, 25, 32.5)]
    [InlineData(new double[] { 7 }, 7, 7, 7)]
    public void Quartiles_interpolate_between_ranks_as_spreadsheets_do(double[] values, double lower, double median, double upper)
    {
        var q = Quartiles.Of(values)!.Value;

        Assert.Equal((lower, median, upper, values.Length), (q.Lower, q.Median, q.Upper, q.Count));
    }
}
