using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Plans;
using OneWorkforce.Data;
using OneWorkforce.Data.Plans;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Assessments.Actions;

/// <summary>A cycle's action plan, laid out like seed 003 appendix 2; printable and downloadable.</summary>
public sealed class ActionPlanModel(OneWorkforceDbContext db, ActionPlans plans) : AssessmentPage(db)
{
    public IReadOnlyList<PlanAction> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        Actions = await plans.ForCycleAsync(Area.Id, Cycle.Id);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string code, int id, string format = "csv")
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        var actions = await plans.ForCycleAsync(Area.Id, Cycle.Id);
        return CsvDownload.File(format, $"action-plan-{Area.Code}-{Cycle.Id}", ActionPlans.Header, ActionPlans.Rows(actions).ToList());
    }
}
