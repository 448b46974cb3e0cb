using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Web.Pages.Shared;

/// <summary>One question of the questionnaire engine as a page shows it: the answer so far (or as typed) and its error.</summary>
public sealed record QuestionView(Question Question, string? Value, string? Error)
{
    public string Id => Question.Key;

    public bool IsChosen(string option) => Value is not null && Value.Split(Answers.ChoiceSeparator).Contains(option, StringComparer.OrdinalIgnoreCase);
}
