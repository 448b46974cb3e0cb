using OneWorkforce.Core.Training;

namespace OneWorkforce.UnitTests.Training;

/// <summary>
/// Required training, compliance and needs. Seed 001 priority 3 asks agencies to "keep up to date records of those
/// trained and to what level" and names safeguarding levels 1 and 2; seed 003 action 8 a common induction with the
/// Common Core. These tests pin the rules that turn records into "in date", "runs out within 30/60/90 days" and needs.
/// </summary>
public sealed class ComplianceTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static TrainingRequirement Req(string role, string topic, string? level = null, int? years = null, string? areas = null, int? organisation = null) =>
        new() { AreaId = 1, OrganisationId = organisation, Role = role, Topic = topic, SafeguardingLevel = level, RefreshYears = years, CommonCoreAreas = areas };

    [Fact]
    public void An_organisation_adds_to_the_areas_requirements_and_where_both_set_a_topic_the_stricter_holds()
    {
        var required = Compliance.ForRole("early-years-worker",
        [
            Req(TrainingRequirement.AnyRole, "safeguarding", "1", 3),
            Req("early-years-worker", "safeguarding", "2", 5, organisation: 7),
            Req("early-years-worker", "first-aid", null, 3),
            Req("senco", "send", null, 2), // another role's: not this one's
            Req("early-years-worker", "food-hygiene", null, null, organisation: 7),
        ]);
        Assert.Equal(["first-aid", "food-hygiene", "safeguarding"], required.Select(r => r.Topic));
        var safeguarding = required.Single(r => r.Topic == "safeguarding");
        Assert.Equal("2", safeguarding.SafeguardingLevel); // the organisation's level 2 beats the area's level 1
        Assert.Equal(3, safeguarding.RefreshYears); // the area's 3 years beats the organisation's 5
        Assert.True(safeguarding.SetByOrganisation);
        Assert.Null(required.Single(r => r.Topic == "food-hygiene").RefreshYears); // once is enough
        Assert.Equal("Safeguarding children level 2, every 3 years", safeguarding.Describe());
    }

    [Theory]
    [InlineData("2", "1", true)] // level 2 covers level 1 (seed 001: "safeguarding levels 1 and 2")
    [InlineData("2", "2", true)]
    [InlineData("1", "2", false)]
    [InlineData(null, "1", false)] // a level is required and none is recorded
    [InlineData(null, null, true)]
    [InlineData("3", null, true)]
    public void Training_at_a_level_meets_a_requirement_at_that_level_or_below(string? held, string? required, bool meets) =>
        Assert.Equal(meets, Compliance.LevelMeets(held, required));

    [Theory]
    [InlineData("2023-11-23", ComplianceState.OutOfDate)] // runs out today: out of date
    [InlineData("2023-11-10", ComplianceState.OutOfDate)]
    [InlineData("2023-11-24", ComplianceState.Within30Days)] // 1 day left
    [InlineData("2023-12-23", ComplianceState.Within30Days)] // 30 days left
    [InlineData("2023-12-24", ComplianceState.Within60Days)] // 31
    [InlineData("2024-01-22", ComplianceState.Within60Days)] // 60
    [InlineData("2024-01-23", ComplianceState.Within90Days)] // 61
    [InlineData("2024-02-21", ComplianceState.Within90Days)] // 90
    [InlineData("2024-02-22", ComplianceState.InDate)] // 91
    public void Safeguarding_done_three_years_ago_runs_out_on_the_anniversary_and_is_banded_by_days_left(string completed, ComplianceState state)
    {
        var required = Compliance.ForRole("nurse", [Req(TrainingRequirement.AnyRole, "safeguarding", "1", 3)]).Single();
        var check = Compliance.Assess(required, [new HeldTraining("safeguarding", "1", DateOnly.Parse(completed))], Today);
        Assert.Equal(state, check.State);
        Assert.Equal(DateOnly.Parse(completed).AddYears(3), check.DueOn);
    }

    [Fact]
    public void The_latest_training_that_meets_the_level_counts_and_training_below_the_level_does_not()
    {
        var required = Compliance.ForRole("early-years-worker", [Req("early-years-worker", "safeguarding", "2", 3)]).Single();
        var check = Compliance.Assess(required,
        [
            new HeldTraining("safeguarding", "2", new DateOnly(2022, 1, 10)),
            new HeldTraining("safeguarding", "1", new DateOnly(2026, 6, 1)), // recent, but only level 1
            new HeldTraining("first-aid", null, new DateOnly(2026, 6, 1)),
        ], Today);
        Assert.Equal(ComplianceState.OutOfDate, check.State);
        Assert.Equal(new DateOnly(2022, 1, 10), check.LastCompleted);
        Assert.Equal(new DateOnly(2025, 1, 10), check.DueOn);

        var never = Compliance.Assess(required, [new HeldTraining("safeguarding", "1", new DateOnly(2026, 6, 1))], Today);
        Assert.Equal(ComplianceState.Missing, never.State);
        Assert.Null(never.DueOn);
    }

    [Fact]
    public void Training_that_once_is_enough_for_stays_in_date()
    {
        var required = Compliance.ForRole("senco", [Req("senco", "send")]).Single();
        Assert.Equal(ComplianceState.InDate, Compliance.Assess(required, [new HeldTraining("send", null, new DateOnly(2001, 1, 1))], Today).State);
    }

    [Fact]
    public void Common_core_training_must_cover_every_area_the_role_expects_a_record_naming_none_covering_all_six()
    {
        var required = Compliance.ForRole("early-years-worker", [Req("early-years-worker", "common-core", areas: "1;2;3;5")]).Single();
        Assert.Equal([1, 2, 3, 5], required.CommonCoreAreas);

        var partial = Compliance.Assess(required,
            [new HeldTraining("common-core", null, new DateOnly(2025, 1, 1), "1;2"), new HeldTraining("common-core", null, new DateOnly(2026, 1, 1), "3")], Today);
        Assert.Equal(ComplianceState.Missing, partial.State);
        Assert.Equal([5], partial.MissingCoreAreas);

        var whole = Compliance.Assess(required, [new HeldTraining("common-core", null, new DateOnly(2020, 1, 1))], Today);
        Assert.Equal(ComplianceState.InDate, whole.State);
        Assert.Empty(whole.MissingCoreAreas);
    }

    [Fact]
    public void Counts_fall_into_bands_that_add_up_to_everyone_required()
    {
        var required = Compliance.ForRole("nurse", [Req(TrainingRequirement.AnyRole, "safeguarding", "1", 3)]).Single();
        var held = new[] { "2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01", "2025-06-01", "2026-01-01" };
        var checks = held.Select(d => Compliance.Assess(required, [new HeldTraining("safeguarding", "1", DateOnly.Parse(d))], Today))
            .Append(Compliance.Assess(required, [], Today)).ToList();
        var counts = ComplianceCounts.Of(checks);
        Assert.Equal([1L, 1, 1, 1, 1, 2], counts.Bands); // never done, out of date, 30, 60, 90, beyond
        Assert.Equal(7, counts.Required);
        Assert.Equal(5, counts.Compliant);
        Assert.Equal(71, counts.PercentInDate); // 5 of 7 = 71.4%
    }

    [Fact]
    public void A_shared_compliance_table_hides_small_counts_and_a_second_cell_so_neither_can_be_worked_out()
    {
        // Two organisations; one has 3 people out of date. Hiding only that 3 would leave it as its row total less the
        // cells shown, so a second cell in the row, and cells in the column, must go too.
        var rows = new List<(string, string, ComplianceCounts)>
        {
            ("1", "Acorns", new ComplianceCounts(10, 3, 0, 0, 0, 40)),
            ("2", "Beeches", new ComplianceCounts(12, 9, 0, 0, 0, 50)),
        };
        var table = ComplianceTable.Build(rows, suppress: true);
        var acorns = table[0];
        Assert.True(acorns.Hidden[1]); // the 3
        Assert.True(acorns.Hidden.Count(h => h) >= 2);
        Assert.True(table.Where(r => !r.IsTotal).Count(r => r.Hidden[1]) >= 2); // and another in its column
        Assert.Null(acorns.PercentInDate); // a share would give the hidden cells away
        Assert.Equal(124, table[^1].Cells[^1]); // the grand total is shown
        Assert.False(table[^1].Hidden[^1]);
        Assert.Empty(OneWorkforce.Core.Workforce.Disclosure.Disclosed(
            OneWorkforce.Core.Workforce.Disclosure.WithTotals(new long[,] { { 10, 3, 0, 0, 0, 40 }, { 12, 9, 0, 0, 0, 50 } }),
            To2D(table)));

        var own = ComplianceTable.Build(rows, suppress: false);
        Assert.All(own, r => Assert.DoesNotContain(true, r.Hidden)); // an organisation sees its own in full
        Assert.Equal(3, own[0].Cells[1]);
        Assert.Equal(75, own[0].PercentInDate); // 40 of 53 = 75.5%
    }

    private static bool[,] To2D(IReadOnlyList<ComplianceTableRow> table)
    {
        var hidden = new bool[table.Count, table[0].Hidden.Length];
        for (var r = 0; r < table.Count; r++)
        {
            for (var c = 0; c < table[r].Hidden.Length; c++)
            {
                hidden[r, c] = table[r].Hidden[c];
            }
        }
        return hidden;
    }

    [Fact]
    public void Needs_list_training_never_done_training_to_refresh_common_core_gaps_and_a_qualification_below_the_roles_minimum()
    {
        var required = Compliance.ForRole("early-years-worker",
        [
            Req("early-years-worker", "safeguarding", "2", 3),
            Req("early-years-worker", "first-aid", null, 3),
            Req("early-years-worker", "common-core", areas: "1;6"),
            Req("early-years-worker", "send"),
        ]);
        var checks = Compliance.AssessPerson(required,
        [
            new HeldTraining("first-aid", null, new DateOnly(2024, 1, 5)), // runs out 5 January 2027: within 90 days
            new HeldTraining("common-core", null, new DateOnly(2025, 5, 1), "1"),
            new HeldTraining("send", null, new DateOnly(2019, 5, 1)),
        ], Today);
        var needs = TrainingNeeds.For(checks, heldLevel: "2", minimumLevel: "3");
        Assert.Equal(
        [
            (NeedKinds.CommonCore, "common-core"),
            (NeedKinds.Refresh, "first-aid"),
            (NeedKinds.Training, "safeguarding"),
            (NeedKinds.Qualification, "qualification"),
        ], needs.Select(n => (n.Kind, n.Topic)));
        Assert.Equal(new DateOnly(2027, 1, 5), needs.Single(n => n.Topic == "first-aid").DueBy);
        Assert.Contains("6 (", needs.Single(n => n.Kind == NeedKinds.CommonCore).Description);
        Assert.Equal("Level 3 or above (holds Level 2)", needs.Single(n => n.Kind == NeedKinds.Qualification).Description);
    }

    [Theory]
    [InlineData("3", "3", true)]
    [InlineData("6", "3", true)]
    [InlineData("2", "3", false)]
    [InlineData("entry", "1", false)]
    [InlineData("none", "2", false)]
    [InlineData(null, "2", false)]
    [InlineData(null, null, true)]
    [InlineData("not-levelled", "2", false)]
    public void A_qualification_meets_a_minimum_level_at_or_above_it(string? held, string? minimum, bool meets) =>
        Assert.Equal(meets, TrainingNeeds.MeetsLevel(held, minimum));
}
