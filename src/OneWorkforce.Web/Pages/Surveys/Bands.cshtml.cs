using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>The bands a number question's answers are counted into, such as the training budget bands of seed 000.</summary>
public sealed class BandsModel(SurveyStore store) : SurveyPage(store)
{
    [BindProperty] public string? Bands { get; set; }

    public Question Question { get; private set; } = null!;

    private async Task<IActionResult?> PrepareAsync(int id, string key)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (Survey.Questionnaire().Question(key) is not { Type: QuestionType.Number } question)
        {
            return NotFound();
        }
        Question = question;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, string key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        Bands = NumberBands.Write(Survey.Settings().BandsFor(key), Question.Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        var errors = await Store.SetBandsAsync(Survey, key, Bands);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Bands for {key.ToUpperInvariant()} saved.";
        return Redirect($"{SurveyPath}/analysis#figures-{key}");
    }
}
