using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;

namespace OneWorkforce.UnitTests.Surveys;

/// <summary>Bases, bands, routing, themes and the breakdown by organisation category.</summary>
public sealed class SurveyAnalysisTests
{
    private static readonly Questionnaire Small = new("Small",
    [
        new("s", "Section", null,
        [
            new("recruited", "Recruited in the last 12 months?", QuestionType.SingleChoice, Options: PviSurveyTemplate.YesNo),
            new("advertising", "Which advertising worked best?", QuestionType.Text, ShowWhen: new("recruited", ["yes"])),
            new("budget", "Training budget", QuestionType.Number, Unit: "£"),
        ]),
    ]);

    private static SurveyRespondent R(int id, string? recruited, string? advertising, string? budget, params string[] categories)
    {
        var answers = new Dictionary<string, string>();
        if (recruited is not null) answers["recruited"] = recruited;
        if (advertising is not null) answers["advertising"] = advertising;
        if (budget is not null) answers["budget"] = budget;
        return new SurveyRespondent(id, answers, categories);
    }

    [Fact]
    public void Shares_give_both_bases_and_routing_gives_the_asked_base()
    {
        var figures = SurveyAnalysis.Analyse(Small, [R(1, "yes", "Press", "500"), R(2, "no", null, null), R(3, "yes", null, "12000"), R(4, null, null, "1000")], SurveySettings.Empty());
        var recruited = figures.For("recruited");
        Assert.Equal((4, 4, 3), (recruited.Respondents, recruited.Asked, recruited.Answered));
        Assert.Equal("50% (2)", recruited.Options[0].OfAll.ToString());
        Assert.Equal("67% (2)", recruited.Options[0].OfAnswered.ToString());
        var advertising = figures.For("advertising");
        Assert.Equal((4, 2, 1), (advertising.Respondents, advertising.Asked, advertising.Answered));
        Assert.Equal(["Press"], advertising.Texts.Select(t => t.Text));
    }

    [Theory]
    [InlineData(new long[] { 5, 1, 3 }, 3)]
    [InlineData(new long[] { 4, 1, 3, 10 }, 3.5)]
    [InlineData(new long[] { 7 }, 7)]
    public void The_median_is_the_middle_answer_or_the_mean_of_the_middle_two(long[] values, double median)
    {
        Assert.Equal((decimal)median, SurveyAnalysis.Numbers(values, []).Median);
    }

    [Fact]
    public void Bands_count_each_answer_once_and_answers_outside_every_band_are_counted_apart()
    {
        var (bands, errors) = NumberBands.Parse("Bands", "0-1000\n1001-5000\nbig = 10001-", "£");
        Assert.False(errors.Any);
        Assert.Equal(["£0 to £1,000", "£1,001 to £5,000", "big"], bands.Select(b => b.Label));
        var figures = SurveyAnalysis.Numbers([0, 1000, 1001, 7000, 20000], bands);
        Assert.Equal([2, 1, 1], figures.Bands.Select(b => b.OfAnswered.Count));
        Assert.Equal(1, figures.OutsideBands.Count);
        Assert.Equal(5, figures.Bands.Sum(b => b.OfAnswered.Count) + figures.OutsideBands.Count);
    }

    [Theory]
    [InlineData("0-1000\n900-2000", "The bands '£0 to £1,000' and '£900 to £2,000' overlap. Each answer must fall in one band only")]
    [InlineData("five to ten", "Line 1 ('five to ten') is not a band. Write each band as from-to, like 1001-5000, or 10001- for 10,001 and over; put a label first with an equals sign if you like")]
    [InlineData("5000-1000", "Line 1 ('5000-1000') starts above where it ends. Put the smaller number first")]
    [InlineData("-", "Line 1 ('-') is not a band. Write each band as from-to, like 1001-5000, or 10001- for 10,001 and over; put a label first with an equals sign if you like")]
    public void Bad_bands_are_refused_with_the_line_and_how_to_write_it(string text, string message)
    {
        var (bands, errors) = NumberBands.Parse("Bands", text, "£");
        Assert.Empty(bands);
        Assert.Equal(message, errors.For("Bands"));
    }

    [Fact]
    public void The_seed_bands_read_back_as_written_and_open_ended_labels_read_naturally()
    {
        var (bands, errors) = NumberBands.Parse("b", NumberBands.Write(NumberBands.Turnover, "£"), "£");
        Assert.False(errors.Any);
        Assert.Equal(NumberBands.Turnover, bands);
        Assert.Equal("£1,000 or less", NumberBands.LabelFor(null, 1000, "£"));
        Assert.Equal("10,001 or more", NumberBands.LabelFor(10001, null, null));
    }

    [Fact]
    public void An_organisation_in_several_categories_counts_in_each()
    {
        var respondents = new[] { R(1, "yes", null, null, "early-years", "faith"), R(2, "no", null, null, "faith"), R(3, "no", null, null) };
        var categories = SurveyAnalysis.ByCategory(Small, respondents, SurveySettings.Empty());
        Assert.Equal(10, categories.Count);
        Assert.Equal(1, categories.Single(c => c.Code == "early-years").Figures.Respondents);
        var faith = categories.Single(c => c.Code == "faith").Figures;
        Assert.Equal(2, faith.Respondents);
        Assert.Equal("50% (1)", faith.For("recruited").Options[0].OfAll.ToString());
        Assert.Equal(1, categories.Single(c => c.Code == SurveyAnalysis.Uncategorised).Figures.Respondents);
        Assert.Equal(4, categories.Sum(c => c.Figures.Respondents)); // more than the 3 respondents: the page says why
    }

    [Fact]
    public void Free_text_is_counted_by_theme_with_the_answers_under_each()
    {
        var q = PviResponses.Questionnaire();
        var respondents = PviResponses.Respondents();
        var q7 = respondents.Where(r => r.Answers.ContainsKey("q7")).ToList();
        var tags = q7.ToDictionary(r => (r.Id, "q7"), r => (IReadOnlyList<string>)(r.Answers["q7"].Contains("networking") ? ["networking"] : r.Id % 2 == 0 ? ["directory", "resources"] : []));
        var figures = SurveyAnalysis.Analyse(q, respondents, PviSurveyTemplate.Settings(), tags).For("q7");
        Assert.Equal(q7.Count, figures.Answered);
        var networking = figures.Themes.Single(t => t.Theme.Key == "networking");
        Assert.Equal(q7.Count(r => r.Answers["q7"].Contains("networking")), networking.OfAnswered.Count);
        Assert.All(networking.Answers, a => Assert.Contains("networking", a.Text));
        Assert.Equal(figures.Texts.Count(t => t.Themes.Count == 0), figures.Untagged!.Count);
        Assert.Equal(["Networking", "Resources", "Joint advertising", "Directory or database"], figures.Themes.Select(t => t.Theme.Name));
    }

    [Fact]
    public void The_report_rows_state_every_base_and_follow_the_questionnaire()
    {
        var figures = SurveyAnalysis.Analyse(PviResponses.Questionnaire(), PviResponses.Respondents(), PviSurveyTemplate.Settings());
        var rows = SurveyReport.Rows(figures).ToList();
        Assert.Equal(SurveyReport.Header.Count, rows[0].Count);
        var partnership = rows.Single(r => r[1] == "Q5" && r[3] == "Yes");
        Assert.Equal(["79", "93", "85", "93", "93", "85"], partnership.Skip(4).Take(6));
        var barriers = rows.Single(r => r[1] == "Q14" && r[3] == "No");
        Assert.Equal(["50", "93", "54", "93", "92", "54"], barriers.Skip(4).Take(6));
        Assert.Equal("£2,000", rows.Single(r => r[1] == "Q12A" && r[3] == "Median")[10]);
        Assert.Equal(figures.Questions.Select(q => q.Question.Key.ToUpperInvariant()), rows.Select(r => r[1]).Distinct());
    }
}
