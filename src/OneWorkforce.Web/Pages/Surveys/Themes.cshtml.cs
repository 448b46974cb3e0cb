using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>
/// A free-text question's answers and the lead's themes: add themes with a colour (as the engagement event coloured
/// the answers: networking, resources, joint advertising, directory), tick the themes of each answer, and see the count under each.
/// </summary>
public sealed class ThemesModel(SurveyStore store, SurveyResults results) : SurveyPage(store)
{
    [BindProperty] public string? ThemeName { get; set; }
    [BindProperty] public string? ThemeColour { get; set; }

    public Question Question { get; private set; } = null!;
    public QuestionFigures Figures { get; private set; } = null!;
    public IReadOnlyList<SurveyTheme> Themes { get; private set; } = [];

    public static IReadOnlyList<CodeListItem> ColourItems => ThemeColours.All.Select(c => new CodeListItem(c.Hex, c.Name)).ToList();

    private async Task<IActionResult?> PrepareAsync(int id, string key)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (Survey.Questionnaire().Question(key) is not { Type: QuestionType.Text } question)
        {
            return NotFound();
        }
        Question = question;
        Themes = Survey.Settings().ThemesFor(key);
        Figures = (await results.AnalyseAsync(Survey, byCategory: false)).Figures.For(key);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, string key) => await PrepareAsync(id, key) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int id, string key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        var errors = await Store.AddThemeAsync(Survey, key, ThemeName, ThemeColour);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Theme '{ThemeName!.Trim()}' added.";
        return Redirect($"{SurveyPath}/themes/{key}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string key, string theme)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        await Store.RemoveThemeAsync(Survey, key, theme);
        Notice = "Theme removed, and taken off the answers it was on.";
        return Redirect($"{SurveyPath}/themes/{key}");
    }

    /// <summary>Saves the themes ticked for every answer on the page (each answer's checkboxes are named by its response).</summary>
    public async Task<IActionResult> OnPostTagAsync(int id, string key)
    {
        if (await PrepareAsync(id, key) is { } instead)
        {
            return instead;
        }
        await results.TagAsync(Survey, key, Figures.Texts.ToDictionary(a => a.ResponseId,
            a => (IReadOnlyCollection<string>)Request.Form[$"answer-{a.ResponseId}"].Select(v => v ?? "").ToList()));
        Notice = "Themes saved.";
        return Redirect($"{SurveyPath}/themes/{key}");
    }
}
