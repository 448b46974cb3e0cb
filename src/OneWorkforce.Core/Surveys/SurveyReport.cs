using System.Globalization;
using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Core.Surveys;

/// <summary>
/// The analysis as rows for CSV and Excel, and as a shape for JSON: every figure with its base, in the order of the
/// questionnaire. The page, the downloads and <c>surveys report</c> all come from here.
/// </summary>
public static class SurveyReport
{
    public static readonly IReadOnlyList<string> Header =
        ["Category", "Question", "Question text", "Figure", "Count", "Respondents", "% of respondents", "Asked", "Answered", "% of those who answered", "Value"];

    public static IEnumerable<IReadOnlyList<string>> Rows(SurveyFigures figures, string category = "All respondents")
    {
        foreach (var q in figures.Questions)
        {
            IReadOnlyList<string> Row(string figure, Share? ofAll, Share? ofAnswered, string value = "") =>
            [
                category, q.Question.Key.ToUpperInvariant(), q.Question.Text, figure,
                N((ofAnswered ?? ofAll)?.Count), N(q.Respondents), P(ofAll), N(q.Asked), N(q.Answered), P(ofAnswered), value,
            ];
            yield return Row("Answered", new Share(q.Answered, q.Respondents), null);
            foreach (var option in q.Options)
            {
                yield return Row(option.Label, option.OfAll, option.OfAnswered);
            }
            if (q.OneChoiceOnly is { } one)
            {
                yield return Row("Chose one answer only", one, null);
            }
            if (q.Numbers is { } numbers)
            {
                foreach (var band in numbers.Bands)
                {
                    yield return Row(band.Band.Label, null, band.OfAnswered);
                }
                if (numbers.Bands.Count > 0 && numbers.OutsideBands.Count > 0)
                {
                    yield return Row("In no band", null, numbers.OutsideBands);
                }
                yield return Row("Median", null, null, Money(q.Question, numbers.Median));
                yield return Row("Lowest", null, null, Money(q.Question, numbers.Minimum));
                yield return Row("Highest", null, null, Money(q.Question, numbers.Maximum));
            }
            foreach (var theme in q.Themes)
            {
                yield return Row($"Theme: {theme.Theme.Name}", null, theme.OfAnswered);
            }
            if (q.Themes.Count > 0 && q.Untagged is { } untagged)
            {
                yield return Row("No theme yet", null, untagged);
            }
        }
    }

    /// <summary>The analysis by category: the whole first, then each category.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(SurveyFigures whole, IReadOnlyList<CategoryFigures> categories) =>
        Rows(whole).Concat(categories.SelectMany(c => Rows(c.Figures, c.Label)));

    /// <summary>The figures in a shape for JSON.</summary>
    public static object Json(string area, string survey, SurveyFigures figures, IReadOnlyList<CategoryFigures>? categories = null) => new
    {
        area,
        survey,
        respondents = figures.Respondents,
        questions = Questions(figures),
        categories = categories?.Select(c => new { code = c.Code, label = c.Label, respondents = c.Figures.Respondents, questions = Questions(c.Figures) }),
    };

    private static IEnumerable<object> Questions(SurveyFigures figures) => figures.Questions.Select(q => new
    {
        key = q.Question.Key,
        text = q.Question.Text,
        type = q.Question.Type.ToString(),
        respondents = q.Respondents,
        asked = q.Asked,
        answered = q.Answered,
        options = q.Options.Count == 0 ? null : q.Options.Select(o => new
        {
            value = o.Value, label = o.Label, count = o.OfAll.Count, percentOfRespondents = o.OfAll.Percent, percentOfAnswered = o.OfAnswered.Percent,
        }),
        oneChoiceOnly = q.OneChoiceOnly?.Count,
        numbers = q.Numbers is not { } n ? null : new
        {
            count = n.Count, median = n.Median, lowest = n.Minimum, highest = n.Maximum,
            bands = n.Bands.Select(b => new { label = b.Band.Label, from = b.Band.From, to = b.Band.To, count = b.OfAnswered.Count, percentOfAnswered = b.OfAnswered.Percent }),
            inNoBand = n.OutsideBands.Count,
        },
        themes = q.Themes.Count == 0 ? null : q.Themes.Select(t => new { key = t.Theme.Key, name = t.Theme.Name, count = t.OfAnswered.Count, percentOfAnswered = t.OfAnswered.Percent }),
    });

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string P(Share? share) => share?.Percent?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Money(Question question, decimal? value) =>
        value is null ? "" : (question.Unit ?? "") + value.Value.ToString(value.Value == decimal.Truncate(value.Value) ? "N0" : "N1", CultureInfo.GetCultureInfo("en-GB"));

    private static string Money(Question question, long? value) => Money(question, (decimal?)value);
}
