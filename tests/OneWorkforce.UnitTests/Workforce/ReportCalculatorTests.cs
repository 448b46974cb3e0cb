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
    public void Age_works_out_the_share_who_could_retire_within_5_and_10_years_out_of_those_whose_age_is_known()
    {
        var report = Build(WorkforceReports.Age, false, ("30-39", 20, 0), ("50-54", 10, 0), ("55-59", 6, 0), ("60-64", 3, 0), ("65-plus", 1, 0), ("not-known", 10, 0));

        Assert.Equal(10.0, HeadlineOf(report, "retire-5").Shown.Value); // 4 of 40
        Assert.Equal(25.0, HeadlineOf(report, "retire-10").Shown.Value); // 10 of 40
        Assert.Equal(50, Row(report, "total").Figures[0].Value);
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
    public void Turnover_is_leavers_over_the_average_of_the_headcount_a_year_ago_and_now()
    {
        var report = Build(WorkforceReports.Turnover, false, ("leaver:pay", 6, 0), ("leaver:retirement", 4, 0), ("headcount-now", 100, 0), ("headcount-year-ago", 90, 0));

        Assert.Equal(10 * 100.0 / 95, HeadlineOf(report, "turnover").Shown.Value);
        Assert.Equal(10, Row(report, "total").Figures[0].Value);
        Assert.Equal(60.0, Row(report, "pay").Figures[1].Value);
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
    public void Training_counts_people_trained_in_the_last_12_months_and_safeguarding_in_date_out_of_people_in_post()
    {
        var report = Build(WorkforceReports.Training, false, ("headcount", 40, 0), ("any", 30, 0), ("topic:safeguarding", 20, 0), ("topic:first-aid", 12, 0), ("safeguarding-current", 34, 0));

        Assert.Equal(75.0, HeadlineOf(report, "trained").Shown.Value);
        Assert.Equal(85.0, HeadlineOf(report, "safeguarding").Shown.Value);
        Assert.Equal(50.0, Row(report, "safeguarding").Figures[1].Value);
    }

    private static IEnumerable<Figure> Counts(WorkforceReport report) =>
        report.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Figures.Where((_, i) => t.Columns[i].Kind == FigureKind.Count)))
            .Concat(report.Headlines.Where(h => h.Kind == FigureKind.Count).Select(h => h.Shown));

    [Fact]
    public void Shared_counts_hide_1_to_4_keep_zeros_and_round_every_other_count_to_a_multiple_of_5()
    {
        var report = Build(WorkforceReports.Headcount, true, ("full-time", 10, 370), ("part-time", 6, 120), ("volunteer", 3, 12));

        Assert.True(Row(report, "volunteer").Figures.All(f => f.Hidden));
        Assert.Equal(10, Row(report, "full-time").Figures[0].Value); // a multiple of 5 stays as it is
        Assert.Contains(Row(report, "part-time").Figures[0].Value, new double?[] { 5, 10 });
        Assert.Contains(Row(report, "total").Figures[0].Value, new double?[] { 15, 20 });
        Assert.Equal(0, Row(report, "agency").Figures[0].Value); // zeros hide nobody
        Assert.All(Counts(report).Where(f => !f.Hidden), f => Assert.Equal(0, f.Value!.Value % 5));
        Assert.Contains(report.Notes, n => n.Contains("from 1 to 4") && n.Contains("multiple of 5"));
    }

    [Fact]
    public void Shared_full_time_equivalent_is_rounded_as_a_count_is_and_hidden_with_a_hidden_count()
    {
        var report = Build(WorkforceReports.Headcount, true, ("full-time", 10, 370), ("part-time", 6, 120), ("volunteer", 3, 12));

        Assert.True(Row(report, "volunteer").Figures[2].Hidden);
        Assert.Contains(Row(report, "part-time").Figures[2].Value, new double?[] { 0, 5 }); // 120 / 37 = 3.2 people's worth
        Assert.Contains(HeadlineOf(report, "fte").Shown.Value, new double?[] { 10, 15 }); // 13.2
    }

    [Fact]
    public void Shared_shares_are_worked_out_from_the_rounded_counts_shown()
    {
        var report = Build(WorkforceReports.Ethnicity, true, ("white-british", 62, 0), ("mixed-white-asian", 2, 0), ("asian-chinese", 3, 0), ("asian-indian", 11, 0));
        var groups = report.Tables[0];

        Assert.True(Row(report, "mixed-white-asian", table: 1).Figures[0].Hidden);
        var asian = groups.Rows.Single(r => r.Code == "asian").Figures;
        var total = groups.Rows.Single(r => r.Code == "total").Figures[0].Value!.Value;
        Assert.Equal(asian[0].Value!.Value * 100 / total, asian[1].Value!.Value, 9);
        var minority = HeadlineOf(report, "minority");
        Assert.Equal(16, minority.Numerator); // the owner's figures stay exact inside the headline
        Assert.Contains(minority.Shown.Value!.Value, new[] { 15 * 100.0 / 75, 20 * 100.0 / 75, 15 * 100.0 / 80, 20 * 100.0 / 80 }); // 15 or 20 of 75 or 80
    }

    [Fact]
    public void Shared_training_shows_no_count_whose_complement_can_be_worked_out()
    {
        // 38 of 40 with any training: 2 without. Rounded, 40 less 40 or 40 less 35 never gives 2.
        var report = Build(WorkforceReports.Training, true, ("headcount", 40, 0), ("any", 38, 0), ("topic:safeguarding", 20, 0), ("safeguarding-current", 3, 0));

        Assert.Contains(Row(report, "any").Figures[0].Value, new double?[] { 35, 40 });
        Assert.Equal(20, Row(report, "safeguarding").Figures[0].Value);
        Assert.True(HeadlineOf(report, "safeguarding").Shown.Hidden); // 3 people
        Assert.All(Counts(report).Where(f => !f.Hidden), f => Assert.Equal(0, f.Value!.Value % 5));
    }

    [Fact]
    public void Shared_qualifications_round_each_cell_and_each_total_as_a_cell_of_its_own()
    {
        var report = Build(WorkforceReports.Qualifications, true,
            ("early-years|3", 12, 0), ("early-years|2", 3, 0), ("early-years|none", 6, 0), ("health|6", 8, 0), ("health|3", 1, 0));
        var table = report.Tables[0];

        Assert.All(table.Rows.SelectMany(r => r.Figures.Take(table.Columns.Count - 1)).Where(f => !f.Hidden), f => Assert.Equal(0, f.Value!.Value % 5));
        Assert.Equal(2, table.Rows.Where(r => !r.IsTotal).SelectMany(r => r.Figures).Count(f => f.Hidden)); // level 2 (3) and health's level 3 (1)
        Assert.Contains(table.Rows.Single(r => r.IsTotal).Figures[^2].Value, new double?[] { 30 }); // everyone: 30
    }

    [Fact]
    public void The_same_people_are_rounded_the_same_way_in_every_report_and_in_every_scope_that_holds_them()
    {
        // Two organisations: everyone in post is one cell (the same people) in the headcount, gender and training reports.
        var secret = "a secret of the tests, 32 characters long"u8.ToArray();
        var gender = new Dictionary<int, Dictionary<string, Measure>> { [1] = new() { ["female"] = new(9, 0), ["male"] = new(4, 0) }, [2] = new() { ["female"] = new(7, 0) } };
        var headcount = new Dictionary<int, Dictionary<string, Measure>> { [1] = new() { ["full-time"] = new(13, 0) }, [2] = new() { ["part-time"] = new(6, 0), ["volunteer"] = new(1, 0) } };
        var training = new Dictionary<int, Dictionary<string, Measure>> { [1] = new() { ["headcount"] = new(13, 0) }, [2] = new() { ["headcount"] = new(7, 0) } };
        double? Total(ReportDefinition report, Dictionary<int, Dictionary<string, Measure>> facts, string headline)
        {
            var summed = facts.Values.SelectMany(f => f).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Aggregate(default(Measure), (a, f) => a + f.Value));
            var keys = new OrganisationCellKeys(secret, facts.Select(f => (f.Key, (IReadOnlyDictionary<string, Measure>)f.Value)));
            var built = ReportCalculator.Build(report, summed, AsAt, suppress: true, keys: keys);
            return headline == "total" ? built.Tables[0].Rows.Single(r => r.Code == "total").Figures[0].Value : HeadlineOf(built, headline).Shown.Value;
        }

        var fromGender = Total(WorkforceReports.Gender, gender, "total");
        Assert.Contains(fromGender, new double?[] { 20 });
        // 20 is a multiple of 5; the test that matters is a count that is not: take one person out of organisation 2 in each.
        gender[2]["female"] = new(6, 0);
        headcount[2]["volunteer"] = new(0, 0);
        training[2]["headcount"] = new(6, 0);
        var totals = new[] { Total(WorkforceReports.Gender, gender, "total"), Total(WorkforceReports.Headcount, headcount, "people"), Total(WorkforceReports.Training, training, "people") };
        Assert.Single(totals.Distinct());
        Assert.Contains(totals[0], new double?[] { 15, 20 });
    }

    [Fact]
    public void Cell_key_rounding_rounds_up_as_often_as_the_remainder_is_of_the_base()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => (ulong)i * 100).ToList(); // every hundredth step of the key space
        Assert.Equal(0.4, keys.Count(k => CellKeyRounding.Round(37, k) == 40) / (double)keys.Count, 3);
        Assert.Equal(7.0, keys.Average(k => CellKeyRounding.Round(7, k)), 2); // unbiased
        Assert.All(keys, k => Assert.Equal(35, CellKeyRounding.Round(35, k)));
    }

    [Fact]
    public void The_qualifications_chart_draws_each_sectors_people_not_its_first_level()
    {
        var report = Build(WorkforceReports.Qualifications, false, ("early-years|3", 700, 0), ("early-years|none", 33, 0), ("health|6", 8, 0));
        var table = report.Tables[0];

        Assert.Equal("Total", table.Columns[table.ChartColumn].Name);
        Assert.Equal(733, table.Rows.Single(r => r.Code == "early-years").Figures[table.ChartColumn].Value);
        Assert.Equal(8, table.Rows.Single(r => r.Code == "health").Figures[table.ChartColumn].Value); // health has a bar
        Assert.All(report.Tables.Where(t => t != table).Concat(Build(WorkforceReports.Ethnicity, false, ("white-british", 5, 0)).Tables),
            t => Assert.Equal(FigureKind.Count, t.Columns[t.ChartColumn].Kind));
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
