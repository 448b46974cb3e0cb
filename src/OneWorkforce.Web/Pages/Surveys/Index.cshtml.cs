using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>The area lead's surveys, and a new one from seed 000's template or blank.</summary>
public sealed class IndexModel(SurveyStore store) : PageModel
{
    public static readonly IReadOnlyList<CodeListItem> StartChoices =
    [
        new("template", "From the survey of private, voluntary and independent organisations",
            "Seed 000's 21 questions on partnership, recruitment, training, induction, staff turnover and taking part, ready to change"),
        new("blank", "Blank", "Write your own questions"),
    ];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Start { get; set; } = "template";
    [TempData] public string? Notice { get; set; }

    public IReadOnlyList<SurveySummary> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanRunSurveysIn(user, area))
        {
            return Forbid();
        }
        Surveys = await store.ListAsync(area);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanRunSurveysIn(user, area))
        {
            return Forbid();
        }
        if (Start is not ("template" or "blank"))
        {
            ModelState.AddModelError(nameof(Start), "Choose how to start the survey");
        }
        else
        {
            var outcome = await store.CreateAsync(area, Name, Title, Start == "template");
            if (outcome.Succeeded)
            {
                Notice = $"Survey '{outcome.Value!.Name}' made. Check its questions, then open it.";
                return Redirect($"/surveys/{outcome.Value.Id}/questions");
            }
            ModelState.AddFieldErrors(outcome.Errors, "");
        }
        Surveys = await store.ListAsync(area);
        return Page();
    }
}
