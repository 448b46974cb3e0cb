using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>Adds or changes one question: its words, kind, answers, whether it must be answered, and when it is asked.</summary>
public sealed class QuestionModel(SurveyStore store) : SurveyPage(store)
{
    private const string Separator = "=";

    [BindProperty] public string? Section { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Hint { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public List<string> Required { get; set; } = [];
    [BindProperty] public string? Options { get; set; }
    [BindProperty] public string? ShowWhen { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public int? Minimum { get; set; }
    [BindProperty] public int? Maximum { get; set; }

    public string? Key { get; private set; }
    public Questionnaire Questionnaire { get; private set; } = null!;

    public IReadOnlyList<CodeListItem> SectionItems => Questionnaire.Sections.Select(s => new CodeListItem(s.Key, s.Title)).ToList();

    public static readonly IReadOnlyList<CodeListItem> RequiredItems = [new("yes", "People must answer this question")];

    /// <summary>Every answer of every earlier question with a list, as "Q8 is Yes".</summary>
    public IEnumerable<(string Value, string Text)> ShowWhenItems =>
        Questionnaire.Questions.TakeWhile(q => q.Key != Key).Where(q => q.Type is not (QuestionType.Number or QuestionType.Text))
            .SelectMany(q => q.Choices.Select(c => ($"{q.Key}{Separator}{c.Value}", $"{q.Key.ToUpperInvariant()} is {c.Label}: {Shorten(q.Text)}")));

    private static string Shorten(string text) => text.Length > 60 ? text[..57] + "…" : text;

    private async Task<IActionResult?> PrepareAsync(int id, string? key)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (Survey.Status != Survey.Draft)
        {
            Notice = "The survey has opened, so its questions are fixed.";
            return Redirect($"{SurveyPath}/questions");
        }
        Questionnaire = Survey.Questionnaire();
        if (key is not null && Questionnaire.Question(key) is null)
        {
            return NotFound();
        }
        Key = key;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, string? key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        if (key is not null && Questionnaire.Question(key) is { } q)
        {
            Section = Questionnaire.Sections.First(s => s.Questions.Contains(q)).Key;
            (Text, Hint, Type, Unit, Minimum, Maximum) = (q.Text, q.Hint, SurveyEdits.TypeCode(q.Type), q.Unit, q.Minimum, q.Maximum);
            Required = q.Required ? ["yes"] : [];
            Options = q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice ? string.Join('\n', q.Choices.Select(c => c.Label)) : null;
            ShowWhen = q.ShowWhen is { } rule ? $"{rule.QuestionKey}{Separator}{rule.Values[0]}" : null;
        }
        else
        {
            Section = Questionnaire.Sections.LastOrDefault()?.Key;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        var rule = ShowWhen?.Split(Separator, 2);
        var input = new QuestionInput(Section, Text, Hint, Type, Required.Contains("yes"), Options,
            rule?.Length == 2 ? rule[0] : null, rule?.Length == 2 ? [rule[1]] : null, Unit, Minimum, Maximum);
        var errors = await Store.ChangeQuestionsAsync(Survey, q => SurveyEdits.Save(q, key, input));
        if (errors.Any)
        {
            if (errors.For(nameof(QuestionInput.ShowWhenValues)) is { } message)
            {
                errors.Add(nameof(ShowWhen), message);
            }
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = key is null ? "Question added." : $"{key.ToUpperInvariant()} saved.";
        return Redirect($"{SurveyPath}/questions");
    }
}
