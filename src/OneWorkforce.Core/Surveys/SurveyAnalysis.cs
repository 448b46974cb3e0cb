using System.Globalization;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Surveys;

/// <summary>One sent response as the analysis reads it: its answers and the categories of the organisation that sent it.</summary>
public sealed record SurveyRespondent(int Id, IReadOnlyDictionary<string, string> Answers, IReadOnlyList<string> Categories);

/// <summary>A count out of a stated base, with the whole-number percentage (halves rounded up, as the seed 000 report does).</summary>
public sealed record Share(int Count, int Base)
{
    public int? Percent => Base == 0 ? null : (int)Math.Round(100m * Count / Base, MidpointRounding.AwayFromZero);

    /// <summary>Like "54% (50)", or "–" when nobody is in the base.</summary>
    public override string ToString() => Percent is { } p ? $"{p}% ({Count})" : "–";
}

public sealed record OptionFigure(string Value, string Label, Share OfAll, Share OfAnswered);

public sealed record BandFigure(NumberBand Band, Share OfAnswered);

/// <summary>Number answers summarised: how many, the median and range, and the bands (answers in no band counted apart).</summary>
public sealed record NumberFigures(int Count, decimal? Median, long? Minimum, long? Maximum, IReadOnlyList<BandFigure> Bands, Share OutsideBands);

public sealed record TextAnswer(int ResponseId, string Text, IReadOnlyList<string> Themes);

public sealed record ThemeFigure(SurveyTheme Theme, Share OfAnswered, IReadOnlyList<TextAnswer> Answers);

/// <summary>
/// One question's figures, with its bases: everyone who sent a response, those it was asked of (routing), and those who
/// answered it. Choice shares are given of both all respondents and those who answered, since a report quotes either.
/// </summary>
public sealed record QuestionFigures(Question Question, int Respondents, int Asked, int Answered, IReadOnlyList<OptionFigure> Options,
    Share? OneChoiceOnly, NumberFigures? Numbers, IReadOnlyList<ThemeFigure> Themes, IReadOnlyList<TextAnswer> Texts, Share? Untagged)
{
    public bool Routed => Question.ShowWhen is not null;
}

public sealed record SurveyFigures(int Respondents, IReadOnlyList<QuestionFigures> Questions)
{
    public QuestionFigures For(string key) => Questions.First(q => q.Question.Key == key);
}

/// <summary>One organisation category's figures, for the breakdown seed 000 appendix 2 did by hand.</summary>
public sealed record CategoryFigures(string Code, string Label, SurveyFigures Figures);

/// <summary>
/// The analysis of a survey's answers, computed from them every time so the totals always add up. Pure: the
/// answers, bands, themes and tags in; figures out.
/// </summary>
public static class SurveyAnalysis
{
    public const string Uncategorised = "none";

    public static SurveyFigures Analyse(Questionnaire questionnaire, IReadOnlyList<SurveyRespondent> respondents, SurveySettings settings,
        IReadOnlyDictionary<(int ResponseId, string QuestionKey), IReadOnlyList<string>>? tags = null)
    {
        tags ??= new Dictionary<(int, string), IReadOnlyList<string>>();
        return new SurveyFigures(respondents.Count, questionnaire.Questions.Select(q => Question(q, respondents, settings, tags)).ToList());
    }

    /// <summary>
    /// The same figures for each of seed 000's nine categories, then for responses with none. An organisation in several
    /// categories counts in each, so the categories' respondents add up to more than the whole.
    /// </summary>
    public static IReadOnlyList<CategoryFigures> ByCategory(Questionnaire questionnaire, IReadOnlyList<SurveyRespondent> respondents, SurveySettings settings,
        IReadOnlyDictionary<(int ResponseId, string QuestionKey), IReadOnlyList<string>>? tags = null) =>
        [
            .. WorkforceCodeLists.OrganisationCategories.Items.Select(c => new CategoryFigures(c.Code, c.Label,
                Analyse(questionnaire, respondents.Where(r => r.Categories.Contains(c.Code)).ToList(), settings, tags))),
            new CategoryFigures(Uncategorised, "No category given", Analyse(questionnaire, respondents.Where(r => r.Categories.Count == 0).ToList(), settings, tags)),
        ];

    private static QuestionFigures Question(Question question, IReadOnlyList<SurveyRespondent> respondents, SurveySettings settings,
        IReadOnlyDictionary<(int, string), IReadOnlyList<string>> tags)
    {
        var asked = respondents.Where(r => Answers.IsAsked(question, r.Answers)).ToList();
        var answered = asked.Where(r => r.Answers.TryGetValue(question.Key, out var a) && a.Length > 0).ToList();
        var all = respondents.Count;
        var options = new List<OptionFigure>();
        Share? oneOnly = null;
        NumberFigures? numbers = null;
        var themes = new List<ThemeFigure>();
        var texts = new List<TextAnswer>();
        Share? untagged = null;
        switch (question.Type)
        {
            case QuestionType.Number:
                numbers = Numbers(answered.Select(r => long.Parse(r.Answers[question.Key], CultureInfo.InvariantCulture)).ToList(), settings.BandsFor(question.Key));
                break;
            case QuestionType.Text:
                texts = answered.Select(r => new TextAnswer(r.Id, r.Answers[question.Key],
                    tags.TryGetValue((r.Id, question.Key), out var t) ? t : [])).ToList();
                foreach (var theme in settings.ThemesFor(question.Key))
                {
                    var under = texts.Where(a => a.Themes.Contains(theme.Key)).ToList();
                    themes.Add(new ThemeFigure(theme, new Share(under.Count, answered.Count), under));
                }
                untagged = new Share(texts.Count(a => a.Themes.Count == 0), answered.Count);
                break;
            default:
                var chosen = answered.Select(r => r.Answers[question.Key].Split(Answers.ChoiceSeparator)).ToList();
                options = question.Choices.Select(o =>
                {
                    var count = chosen.Count(c => c.Contains(o.Value));
                    return new OptionFigure(o.Value, o.Label, new Share(count, all), new Share(count, answered.Count));
                }).ToList();
                if (question.Type == QuestionType.MultipleChoice)
                {
                    oneOnly = new Share(chosen.Count(c => c.Length == 1), all);
                }
                break;
        }
        return new QuestionFigures(question, all, asked.Count, answered.Count, options, oneOnly, numbers, themes, texts, untagged);
    }

    public static NumberFigures Numbers(IReadOnlyList<long> values, IReadOnlyList<NumberBand> bands)
    {
        var sorted = values.Order().ToList();
        decimal? median = sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + (decimal)sorted[sorted.Count / 2]) / 2;
        var banded = bands.Select(b => new BandFigure(b, new Share(sorted.Count(b.Holds), sorted.Count))).ToList();
        var outside = sorted.Count(v => !bands.Any(b => b.Holds(v)));
        return new NumberFigures(sorted.Count, median, sorted.Count == 0 ? null : sorted[0], sorted.Count == 0 ? null : sorted[^1], banded,
            new Share(bands.Count == 0 ? 0 : outside, sorted.Count));
    }
}
