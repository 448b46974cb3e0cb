using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>
/// What the lead's survey pages share: the survey is found only in the signed-in lead's own area, so one area never
/// reaches another's survey or answers (it reads as not found).
/// </summary>
public abstract class SurveyPage(SurveyStore store) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    [TempData] public string? Notice { get; set; }

    protected SurveyStore Store => store;

    public string SurveyPath => $"/surveys/{Survey.Id}";

    protected async Task<IActionResult?> LoadAsync(int id)
    {
        if (User.Scope() is not { AreaId: { } area } user || !AccessRules.CanRunSurveysIn(user, area))
        {
            return Forbid();
        }
        if (await store.FindAsync(area, id) is not { } survey)
        {
            return NotFound();
        }
        Survey = survey;
        return null;
    }
}
