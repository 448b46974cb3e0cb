using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data;
using OneWorkforce.Data.Plans;

namespace OneWorkforce.Web.Pages.Assessments.Actions;

public sealed class NewActionModel(OneWorkforceDbContext db, ActionPlans plans) : ActionPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(string code, int id) => await LoadCycleAsync(code, id, run: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        if (!Check())
        {
            return Page();
        }
        var added = await plans.AddAsync(Area.Id, Cycle.Id, Input.ToInput());
        TempData["Notice"] = $"Action {added.Value!.Number} added";
        return Redirect(ActionsPath);
    }
}
