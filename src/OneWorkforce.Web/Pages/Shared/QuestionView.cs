using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Web.Pages.Shared;

/// <summary>One question of the questionnaire engine as a page shows it: the answer so far (or as typed) and its error.</summary>
public sealed record QuestionView(Question Question, string? Value, string? Error)
{
    public string Id => Question.Key;

    /// <summary>
    /// The questions as sent back after a problem: free text and numbers as typed, choices as checked, each with its error.
    /// </summary>
    public static List<QuestionView> AsPosted(IEnumerable<Question> questions, Microsoft.AspNetCore.Http.IFormCollection form,
        IReadOnlyDictionary<string, string?> read, OneWorkforce.Core.Validation.FieldErrors errors) =>
        questions.Select(q => new QuestionView(q, form[q.Key].FirstOrDefault() is { Length: > 0 } typed && q.Type is QuestionType.Text or QuestionType.Number
            ? typed
            : read.GetValueOrDefault(q.Key) ?? (q.Type == QuestionType.MultipleChoice ? string.Join(Answers.ChoiceSeparator, form[q.Key].ToArray()) : form[q.Key].FirstOrDefault()),
            errors.For(q.Key))).ToList();

    public bool IsChosen(string option) => Value is not null && Value.Split(Answers.ChoiceSeparator).Contains(option, StringComparer.OrdinalIgnoreCase);
}
