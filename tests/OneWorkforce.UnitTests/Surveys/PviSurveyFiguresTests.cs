using OneWorkforce.Core.Surveys;

namespace OneWorkforce.UnitTests.Surveys;

/// <summary>
/// Seed 000's published figures, reproduced number by number from 93 constructed responses (see <see cref="PviResponses"/>),
/// each with the base the report used: all 93 respondents, or those who answered.
/// </summary>
public sealed class PviSurveyFiguresTests
{
    private static readonly SurveyFigures Figures =
        SurveyAnalysis.Analyse(PviResponses.Questionnaire(), PviResponses.Respondents(), PviSurveyTemplate.Settings());

    [Fact]
    public void Q3_gives_the_district_table_and_over_40_percent_working_in_several_districts()
    {
        var q3 = Figures.For("q3");
        Assert.Equal(
            [("Broxbourne", 4), ("North Hertfordshire", 7), ("Stevenage", 8), ("Welwyn Hatfield", 3), ("Hertsmere", 1), ("St Albans", 3), ("Watford", 3),
             ("East Hertfordshire", 5), ("Dacorum", 15), ("Three Rivers", 6), ("In more than one district, or across the whole area", 38)],
            q3.Options.Select(o => (o.Label, o.OfAll.Count)));
        Assert.Equal(93, q3.Options.Sum(o => o.OfAll.Count));
        Assert.Equal(41, q3.Options[^1].OfAll.Percent); // "over 40% of responding organisations work either in multiple districts or are Countywide"
    }

    [Fact]
    public void Figures_out_of_all_93_respondents_match_the_report()
    {
        Assert.Equal(93, Figures.Respondents);
        Assert.Equal("85% (79)", Option("q5", "yes").OfAll.ToString());   // Q5/6: 85% (79) had partnership arrangements
        Assert.Equal("58% (54)", Option("q8", "yes").OfAll.ToString());   // Q8/9a: 58% (54) recruited in the last 12 months
        Assert.Equal("41% (38)", Option("q11", "yes").OfAll.ToString());  // Q11: 41% (38) had dedicated training budgets
        Assert.Equal("86% (80)", Option("q18", "no").OfAll.ToString());   // Q18: 86% said turnover was not an issue
        Assert.Equal("23% (21)", Figures.For("q1").OneChoiceOnly!.ToString()); // Q1: only 23% (21) fell within one age range
        Assert.Equal(77, 100 - Figures.For("q1").OneChoiceOnly!.Percent); // "over 75% ... work with multiple age groups"
        Assert.Equal(3, Figures.For("q1").Options.Single(o => o.Value == "20-25").OfAll.Count); // three reach 24/25 years
    }

    [Fact]
    public void Figures_out_of_those_who_answered_match_the_report()
    {
        var q14 = Figures.For("q14");
        Assert.Equal(92, q14.Answered);
        Assert.Equal("54% (50)", Option("q14", "no").OfAnswered.ToString());  // Q14: 54% (50) no barriers
        Assert.Equal("46% (42)", Option("q14", "yes").OfAnswered.ToString()); // and 46% (42) have problems
        Assert.Equal("49% (45)", Option("q17", "yes").OfAnswered.ToString()); // Q17: 49% (45) would support a toolkit
        Assert.Equal("15% (14)", Option("q17", "maybe").OfAnswered.ToString()); // and 15% (14) may
        Assert.Equal("30% (27)", Option("q20", "yes").OfAnswered.ToString()); // Q20: 30% (27) prepared to participate
        Assert.Equal("14% (13)", Option("q20", "maybe").OfAnswered.ToString()); // 14% (13) may
        Assert.Equal("77% (71)", Option("q21", "yes").OfAnswered.ToString()); // Q21: 77% (71) want workforce news
        Assert.Equal("3% (3)", Option("q21", "maybe").OfAnswered.ToString());  // a further 3% may
        // The same answers read differently out of all 93: why every figure states its base.
        Assert.Equal("45% (42)", Option("q14", "yes").OfAll.ToString());
    }

    [Fact]
    public void Turnover_is_answered_by_61_percent_and_its_bands_add_up()
    {
        var q12b = Figures.For("q12b");
        Assert.Equal(57, q12b.Answered);
        Assert.Equal(61, new Share(q12b.Answered, q12b.Respondents).Percent); // "Only 61% ... responded to this question"
        var bands = q12b.Numbers!.Bands;
        Assert.Equal("54% (31)", bands[0].OfAnswered.ToString()); // 54% turnover under £60,000
        Assert.Equal("33% (19)", bands[2].OfAnswered.ToString()); // 33% turnover over £100,000
        Assert.Equal(57, bands.Sum(b => b.OfAnswered.Count));
        Assert.Equal((500L, 8_200_000L), (q12b.Numbers.Minimum!.Value, q12b.Numbers.Maximum!.Value)); // £500 up to £8.2M
    }

    [Fact]
    public void Training_spend_is_asked_only_of_those_with_a_budget_and_its_bands_total_100_percent()
    {
        var q12a = Figures.For("q12a");
        Assert.True(q12a.Routed);
        Assert.Equal((93, 38, 38), (q12a.Respondents, q12a.Asked, q12a.Answered));
        var numbers = q12a.Numbers!;
        Assert.Equal((100L, 85_500L), (numbers.Minimum!.Value, numbers.Maximum!.Value)); // "from £100 to £85.5K"
        Assert.Equal(2_000m, numbers.Median);
        Assert.Equal([16, 10, 3, 9], numbers.Bands.Select(b => b.OfAnswered.Count));
        Assert.Equal(38, numbers.Bands.Sum(b => b.OfAnswered.Count));
        // The hand-made report's 58% + 42% + 24% = 124%; computed from the answers the bands always come to 100%, give or take rounding.
        Assert.InRange(numbers.Bands.Sum(b => b.OfAnswered.Percent!.Value), 99, 101);
        Assert.Equal(0, numbers.OutsideBands.Count);
    }

    private static OptionFigure Option(string key, string value) => Figures.For(key).Options.Single(o => o.Value == value);
}
