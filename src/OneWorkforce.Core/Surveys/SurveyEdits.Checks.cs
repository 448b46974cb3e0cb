using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Surveys;

/// <summary>The builder's checks: a list question's answers, and routing that always points back at answers that exist.</summary>
public static partial class SurveyEdits
{
    private static List<QuestionOption>? Options(string? text, Question? existing, FieldErrors errors)
    {
        var labels = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (labels.Count < 2)
        {
            errors.Add(nameof(QuestionInput.Options), "Enter at least 2 answers to choose from, one on each line");
            return null;
        }
        if (labels.Count > MaxOptions)
        {
            errors.Add(nameof(QuestionInput.Options), $"Enter at most {MaxOptions} answers; there are {labels.Count}");
            return null;
        }
        if (labels.FirstOrDefault(l => l.Length > MaxOptionLabel) is { } longOne)
        {
            errors.Add(nameof(QuestionInput.Options), $"Each answer must be {MaxOptionLabel} characters or fewer; '{longOne[..40]}…' is longer");
            return null;
        }
        if (labels.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(nameof(QuestionInput.Options), $"'{twice.Key}' is there twice. Keep one");
            return null;
        }
        // An answer keeps its stored value when its words are unchanged, so answers already given still count.
        var options = new List<QuestionOption>();
        foreach (var label in labels)
        {
            var kept = existing?.Options?.FirstOrDefault(o => string.Equals(o.Label, label, StringComparison.Ordinal));
            var value = kept?.Value ?? PviSurveyTemplate.Slug(label);
            while (options.Any(o => o.Value == value))
            {
                value += "-2";
            }
            options.Add(new QuestionOption(value, label));
        }
        return options;
    }

    /// <summary>Routing must point back to an earlier question, at answers it still has.</summary>
    private static bool Check(Questionnaire questionnaire, FieldErrors errors)
    {
        var seen = new Dictionary<string, Question>();
        foreach (var question in questionnaire.Questions)
        {
            if (question.ShowWhen is { } rule)
            {
                if (!seen.TryGetValue(rule.QuestionKey, out var asker))
                {
                    errors.Add(nameof(QuestionInput.ShowWhenKey), $"'{question.Text}' depends on a question that would come after it. Keep a question after the one it depends on");
                    return false;
                }
                if (rule.Values.Any(v => asker.Choices.All(c => c.Value != v)))
                {
                    errors.Add(nameof(QuestionInput.Options), $"'{question.Text}' is asked after a particular answer to '{asker.Text}' that would no longer exist. Change that question's routing first");
                    return false;
                }
            }
            seen[question.Key] = question;
        }
        return true;
    }
}
