using System.Globalization;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Questionnaires;

/// <summary>
/// Reading and checking answers. Answers are held as text by question key: a scale answer "1"–"5" or
/// <see cref="DontKnow"/>, a choice its option value, several choices one per line, a number in
/// invariant digits, free text as typed (trimmed).
/// </summary>
public static class Answers
{
    public const string DontKnow = "dk";
    public const char ChoiceSeparator = '\n';

    /// <summary>True when the question is asked, given the answers so far (routing).</summary>
    public static bool IsAsked(Question question, IReadOnlyDictionary<string, string> answers) =>
        question.ShowWhen is not { } rule
        || (answers.TryGetValue(rule.QuestionKey, out var given) && given.Split(ChoiceSeparator).Any(rule.Values.Contains));

    /// <summary>
    /// Reads one section's answers from what was posted (question key → values). Bad answers are errors
    /// against the question's key. With <paramref name="requireAnswers"/> a required question left blank is
    /// an error too; without it (save and come back later) blanks are kept as not yet answered.
    /// </summary>
    public static (Dictionary<string, string?> Answers, FieldErrors Errors) Read(QuestionSection section, Func<string, IReadOnlyList<string>> posted,
        IReadOnlyDictionary<string, string> earlier, bool requireAnswers)
    {
        var errors = new FieldErrors();
        var read = new Dictionary<string, string?>();
        var sofar = new Dictionary<string, string>(earlier);
        foreach (var question in section.Questions)
        {
            if (!IsAsked(question, sofar))
            {
                read[question.Key] = null;
                sofar.Remove(question.Key);
                continue;
            }
            var values = posted(question.Key).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
            var (value, error) = Check(question, values);
            if (error is not null)
            {
                errors.Add(question.Key, error);
            }
            else if (value is null && requireAnswers && question.Required)
            {
                errors.Add(question.Key, Missing(question));
            }
            read[question.Key] = value;
            if (value is null)
            {
                sofar.Remove(question.Key);
            }
            else
            {
                sofar[question.Key] = value;
            }
        }
        return (read, errors);
    }

    /// <summary>The required questions still to answer, in order, with the section each is in.</summary>
    public static IReadOnlyList<(QuestionSection Section, Question Question)> Unanswered(Questionnaire questionnaire, IReadOnlyDictionary<string, string> answers) =>
        questionnaire.Sections
            .SelectMany(s => s.Questions.Select(q => (Section: s, Question: q)))
            .Where(x => x.Question.Required && IsAsked(x.Question, answers) && !answers.ContainsKey(x.Question.Key))
            .ToList();

    public static string Missing(Question question) => question.Type switch
    {
        QuestionType.Scale => $"Select a score from 1 to 5 for '{question.Text}', or select Don't know",
        QuestionType.MultipleChoice => $"Select at least one answer to '{question.Text}'",
        QuestionType.Number => $"Enter a number for '{question.Text}'",
        QuestionType.Text => $"Enter an answer to '{question.Text}'",
        _ => $"Select an answer to '{question.Text}'",
    };

    /// <summary>Checks the values given for one question: the stored answer (null for none) or what is wrong.</summary>
    public static (string? Value, string? Error) Check(Question question, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return (null, null);
        }
        switch (question.Type)
        {
            case QuestionType.Scale:
            case QuestionType.SingleChoice:
            case QuestionType.YesNoMaybe:
                if (values.Count > 1)
                {
                    return (null, $"Select only one answer to '{question.Text}'");
                }
                var choice = question.Choices.FirstOrDefault(c => string.Equals(c.Value, values[0], StringComparison.OrdinalIgnoreCase));
                return choice is null
                    ? (null, $"'{Shorten(values[0])}' is not one of the answers to '{question.Text}'. Select one of: {string.Join(", ", question.Choices.Select(c => c.Label))}")
                    : (choice.Value, null);
            case QuestionType.MultipleChoice:
                var chosen = new List<string>();
                foreach (var value in values.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var option = question.Choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
                    if (option is null)
                    {
                        return (null, $"'{Shorten(value)}' is not one of the answers to '{question.Text}'");
                    }
                    chosen.Add(option.Value);
                }
                // Keep the options' own order so the same choices always read the same.
                return (string.Join(ChoiceSeparator, question.Choices.Select(c => c.Value).Where(chosen.Contains)), null);
            case QuestionType.Number:
                var text = values[0].Replace(",", "", StringComparison.Ordinal);
                if (question.Unit is { Length: > 0 } unit && text.StartsWith(unit, StringComparison.Ordinal))
                {
                    text = text[unit.Length..].Trim();
                }
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number is > int.MaxValue or < int.MinValue)
                {
                    return (null, $"'{question.Text}' must be a whole number, like 12");
                }
                if (question.Minimum is { } min && number < min)
                {
                    return (null, $"'{question.Text}' must be {min} or more");
                }
                if (question.Maximum is { } max && number > max)
                {
                    return (null, $"'{question.Text}' must be {max} or less");
                }
                return (number.ToString(CultureInfo.InvariantCulture), null);
            default:
                var answer = string.Join(ChoiceSeparator, values);
                return answer.Length > question.MaxLength
                    ? (null, $"Your answer to '{question.Text}' must be {question.MaxLength:N0} characters or fewer; it has {answer.Length:N0}")
                    : (answer, null);
        }
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>How an answer reads on the check-your-answers page.</summary>
    public static string Display(Question question, string? value)
    {
        if (value is null)
        {
            return "Not answered";
        }
        return question.Type switch
        {
            QuestionType.Number or QuestionType.Text => value,
            _ => string.Join(", ", value.Split(ChoiceSeparator).Select(v => question.Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v)),
        };
    }
}
