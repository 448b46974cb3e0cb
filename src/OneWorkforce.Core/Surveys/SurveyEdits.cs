using System.Globalization;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Surveys;

/// <summary>A question as the builder's form sends it. Options are one per line; routing names an earlier question and its answers.</summary>
public sealed record QuestionInput(
    string? Section, string? Text, string? Hint, string? Type, bool Required, string? Options,
    string? ShowWhenKey = null, IReadOnlyList<string>? ShowWhenValues = null, string? Unit = null, int? Minimum = null, int? Maximum = null);

/// <summary>
/// The survey builder's changes, as pure functions from one questionnaire to the next: add or change a question, remove
/// or move one, add a section. Each is refused with the field and how to fix it when it would leave the survey broken,
/// such as routing on a question that comes later or an answer that no longer exists.
/// </summary>
public static partial class SurveyEdits
{
    public const int MaxText = 300;
    public const int MaxHint = 500;
    public const int MaxOptions = 30;
    public const int MaxOptionLabel = 200;
    public const int MaxQuestions = 150;
    public const int MaxSections = 20;

    public static readonly CodeList QuestionTypes = new("question-types", "Kind of question",
    [
        new("single-choice", "One answer from a list", "Radios, such as yes or no, or which district"),
        new("multiple-choice", "Any answers from a list", "Checkboxes: select all that apply"),
        new("yes-no-maybe", "Yes, no or maybe"),
        new("number", "A whole number", "Such as a number of staff, or an amount in pounds"),
        new("text", "Free text", "Answers you can sort into themes afterwards"),
        new("scale", "A score from 1 to 5", "With don't know"),
    ]);

    public static string TypeCode(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single-choice",
        QuestionType.MultipleChoice => "multiple-choice",
        QuestionType.YesNoMaybe => "yes-no-maybe",
        QuestionType.Number => "number",
        QuestionType.Text => "text",
        _ => "scale",
    };

    private static QuestionType? TypeOf(string? code) => code switch
    {
        "single-choice" => QuestionType.SingleChoice,
        "multiple-choice" => QuestionType.MultipleChoice,
        "yes-no-maybe" => QuestionType.YesNoMaybe,
        "number" => QuestionType.Number,
        "text" => QuestionType.Text,
        "scale" => QuestionType.Scale,
        _ => null,
    };

    /// <summary>Adds a question (<paramref name="key"/> null) or changes one.</summary>
    public static (Questionnaire? Result, FieldErrors Errors) Save(Questionnaire questionnaire, string? key, QuestionInput input)
    {
        var errors = new FieldErrors();
        var existing = key is null ? null : questionnaire.Question(key);
        if (key is not null && existing is null)
        {
            errors.Add("Text", "That question is no longer in the survey. Go back to the list of questions");
            return (null, errors);
        }
        if (existing is null && questionnaire.Questions.Count() >= MaxQuestions)
        {
            errors.Add("Text", $"A survey can have at most {MaxQuestions} questions");
            return (null, errors);
        }
        var section = questionnaire.Sections.FirstOrDefault(s => s.Key == input.Section);
        if (section is null)
        {
            errors.Add(nameof(QuestionInput.Section), "Choose the section the question goes in");
        }
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(nameof(QuestionInput.Text), "Enter the question, for example 'Have you recruited staff in the last 12 months?'");
        }
        else if (text.Length > MaxText)
        {
            errors.Add(nameof(QuestionInput.Text), $"The question must be {MaxText} characters or fewer");
        }
        var hint = string.IsNullOrWhiteSpace(input.Hint) ? null : input.Hint.Trim();
        if (hint is { Length: > MaxHint })
        {
            errors.Add(nameof(QuestionInput.Hint), $"The hint must be {MaxHint} characters or fewer");
        }
        var type = TypeOf(input.Type);
        if (type is null)
        {
            errors.Add(nameof(QuestionInput.Type), "Choose the kind of question");
        }
        List<QuestionOption>? options = null;
        if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
        {
            options = Options(input.Options, existing, errors);
        }
        string? unit = null;
        if (type == QuestionType.Number)
        {
            unit = string.IsNullOrWhiteSpace(input.Unit) ? null : input.Unit.Trim();
            if (unit is { Length: > 5 })
            {
                errors.Add(nameof(QuestionInput.Unit), "The unit must be 5 characters or fewer, like £");
            }
            if (input.Minimum > input.Maximum)
            {
                errors.Add(nameof(QuestionInput.Minimum), "The smallest answer allowed must not be more than the largest");
            }
        }
        var newKey = key ?? NextKey(questionnaire);
        ShowWhen? showWhen = null;
        if (!string.IsNullOrEmpty(input.ShowWhenKey) && section is not null)
        {
            var earlier = Earlier(questionnaire, key, section.Key);
            var asker = earlier.FirstOrDefault(q => q.Key == input.ShowWhenKey);
            if (asker is null || asker.Type is QuestionType.Number or QuestionType.Text)
            {
                errors.Add(nameof(QuestionInput.ShowWhenKey), "Ask this only after a question with a list of answers that comes before it");
            }
            else
            {
                var values = (input.ShowWhenValues ?? []).Where(v => asker.Choices.Any(c => c.Value == v)).Distinct().ToList();
                if (values.Count == 0)
                {
                    errors.Add(nameof(QuestionInput.ShowWhenValues), $"Choose the answers to '{asker.Text}' that lead to this question");
                }
                showWhen = new ShowWhen(asker.Key, values);
            }
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        var question = new Question(newKey, text, type!.Value, input.Required, hint, options,
            type == QuestionType.Number ? input.Minimum : null, type == QuestionType.Number ? input.Maximum : null, Question.DefaultMaxLength, showWhen, unit);
        var sections = questionnaire.Sections.Select(s =>
        {
            var questions = s.Questions.Where(q => q.Key != newKey).ToList();
            if (s.Key == section!.Key)
            {
                var at = existing is not null && s.Questions.Any(q => q.Key == newKey) ? s.Questions.ToList().FindIndex(q => q.Key == newKey) : questions.Count;
                questions.Insert(at, question);
            }
            return s with { Questions = questions };
        }).ToList();
        var result = questionnaire with { Sections = sections };
        return Check(result, errors) ? (result, errors) : (null, errors);
    }

    public static (Questionnaire? Result, FieldErrors Errors) Remove(Questionnaire questionnaire, string key)
    {
        var errors = new FieldErrors();
        var dependent = questionnaire.Questions.FirstOrDefault(q => q.ShowWhen?.QuestionKey == key);
        if (dependent is not null)
        {
            errors.Add("Question", $"'{dependent.Text}' is asked depending on the answer to this question. Change or remove that question first");
            return (null, errors);
        }
        return (questionnaire with { Sections = questionnaire.Sections.Select(s => s with { Questions = s.Questions.Where(q => q.Key != key).ToList() }).ToList() }, errors);
    }

    /// <summary>Moves a question up (-1) or down (+1) within its section; refused when it would come before the question it depends on.</summary>
    public static (Questionnaire? Result, FieldErrors Errors) Move(Questionnaire questionnaire, string key, int by)
    {
        var errors = new FieldErrors();
        var sections = questionnaire.Sections.Select(s =>
        {
            var questions = s.Questions.ToList();
            var at = questions.FindIndex(q => q.Key == key);
            var to = at + Math.Sign(by);
            if (at < 0 || to < 0 || to >= questions.Count)
            {
                return s;
            }
            (questions[at], questions[to]) = (questions[to], questions[at]);
            return s with { Questions = questions };
        }).ToList();
        var result = questionnaire with { Sections = sections };
        return Check(result, errors) ? (result, errors) : (null, errors);
    }

    public static (Questionnaire? Result, FieldErrors Errors) AddSection(Questionnaire questionnaire, string? title)
    {
        var errors = new FieldErrors();
        var name = title?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("SectionTitle", "Enter a title for the section, like 'Recruitment'");
        }
        else if (name.Length > 100)
        {
            errors.Add("SectionTitle", "The section title must be 100 characters or fewer");
        }
        else if (questionnaire.Sections.Count >= MaxSections)
        {
            errors.Add("SectionTitle", $"A survey can have at most {MaxSections} sections");
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        var key = PviSurveyTemplate.Slug(name);
        while (questionnaire.Section(key) is not null)
        {
            key += "-2";
        }
        return (questionnaire with { Sections = [.. questionnaire.Sections, new QuestionSection(key, name, null, [])] }, errors);
    }

    /// <summary>The key a new question gets: one more than the highest question number, like <c>q22</c>.</summary>
    public static string NextKey(Questionnaire questionnaire)
    {
        var highest = questionnaire.Questions.Select(q => q.Key.Length > 1 && q.Key[0] == 'q'
            ? int.TryParse(new string(q.Key.Skip(1).TakeWhile(char.IsAsciiDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0 : 0).DefaultIfEmpty(0).Max();
        return $"q{highest + 1}";
    }

    /// <summary>The questions before the one being edited (or before the end of its section, for a new one).</summary>
    public static IReadOnlyList<Question> Earlier(Questionnaire questionnaire, string? key, string sectionKey)
    {
        var before = new List<Question>();
        foreach (var section in questionnaire.Sections)
        {
            foreach (var question in section.Questions)
            {
                if (question.Key == key)
                {
                    return before;
                }
                before.Add(question);
            }
            if (key is null && section.Key == sectionKey)
            {
                return before;
            }
        }
        return before;
    }
}
