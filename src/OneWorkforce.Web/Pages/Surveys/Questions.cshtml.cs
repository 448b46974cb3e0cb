using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>The survey builder's list: sections and questions in order, to change, move or remove while the survey is a draft.</summary>
public sealed class QuestionsModel(SurveyStore store) : SurveyPage(store)
{
    [BindProperty] public string? SectionTitle { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Introduction { get; set; }

    public bool Draft => Survey.Status == Survey.Draft;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        Title = Survey.Title;
        Introduction = Survey.Introduction;
        return Page();
    }

    public async Task<IActionResult> OnPostAboutAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var errors = await Store.SetIntroductionAsync(Survey, Title, Introduction);
        return Done(errors, "Title and introduction saved.");
    }

    public async Task<IActionResult> OnPostSectionAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var errors = await Store.ChangeQuestionsAsync(Survey, q => SurveyEdits.AddSection(q, SectionTitle));
        return Done(errors, $"Section '{SectionTitle?.Trim()}' added.");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string key, int by)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var errors = await Store.ChangeQuestionsAsync(Survey, q => SurveyEdits.Move(q, key, by));
        return Done(errors, "Question moved.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string key)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var errors = await Store.ChangeQuestionsAsync(Survey, q => SurveyEdits.Remove(q, key));
        return Done(errors, "Question removed.");
    }

    private IActionResult Done(Core.Validation.FieldErrors errors, string notice)
    {
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            Title ??= Survey.Title;
            return Page();
        }
        Notice = notice;
        return Redirect($"{SurveyPath}/questions");
    }
}
