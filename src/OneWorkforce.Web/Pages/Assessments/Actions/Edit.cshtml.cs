using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Plans;
using OneWorkforce.Data;
using OneWorkforce.Data.Plans;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Assessments.Actions;

/// <summary>One action: its progress notes, and changing or removing it.</summary>
public sealed class EditActionModel(OneWorkforceDbContext db, ActionPlans plans) : ActionPageModel(db)
{
    public PlanAction Action { get; private set; } = null!;

    [BindProperty]
    public DateParts NoteOn { get; set; } = new();

    [BindProperty]
    public string? NoteText { get; set; }

    private async Task<IActionResult?> FindAsync(string code, int id, int actionId, bool run)
    {
        if (await LoadCycleAsync(code, id, run) is { } denied)
        {
            return denied;
        }
        var action = await plans.FindAsync(Area.Id, actionId);
        if (action is null || action.CycleId != Cycle.Id)
        {
            return NotFound();
        }
        Action = action;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string code, int id, int actionId)
    {
        if (await FindAsync(code, id, actionId, run: false) is { } instead)
        {
            return instead;
        }
        Input = ActionForm.From(Action);
        NoteOn = DateParts.From(DateOnly.FromDateTime(DateTime.UtcNow));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, int actionId)
    {
        if (await FindAsync(code, id, actionId, run: true) is { } instead)
        {
            return instead;
        }
        if (!Check())
        {
            return Page();
        }
        await plans.UpdateAsync(Area.Id, Action.Id, Input.ToInput());
        TempData["Notice"] = $"Action {Action.Number} saved";
        return Redirect(ActionsPath);
    }

    public async Task<IActionResult> OnPostNoteAsync(string code, int id, int actionId)
    {
        if (await FindAsync(code, id, actionId, run: true) is { } instead)
        {
            return instead;
        }
        if (NoteOn.Problem("The date") is { } problem)
        {
            ModelState.AddModelError(nameof(NoteOn), problem);
        }
        else
        {
            var errors = await plans.AddNoteAsync(Area.Id, Action.Id, NoteOn.Date, NoteText, User.Identity?.Name ?? "unknown");
            foreach (var (field, message) in errors.All)
            {
                ModelState.AddModelError(field, message);
            }
        }
        if (ModelState.ErrorCount > 0)
        {
            Input = ActionForm.From(Action);
            return Page();
        }
        return Redirect($"{ActionsPath}/{Action.Id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, int actionId)
    {
        if (await FindAsync(code, id, actionId, run: true) is { } instead)
        {
            return instead;
        }
        await plans.RemoveAsync(Area.Id, Action.Id);
        TempData["Notice"] = $"Action {Action.Number} removed";
        return Redirect(ActionsPath);
    }
}
