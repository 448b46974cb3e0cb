using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Plans;

/// <summary>
/// Action plans: a self-assessment cycle's plan now, a strategy's actions later (one model). Actions are
/// numbered in the order they are added, as seed 003 appendix 2 numbers them.
/// </summary>
public sealed class ActionPlans(OneWorkforceDbContext db, TimeProvider clock)
{
    public Task<List<PlanAction>> ForCycleAsync(int areaId, int cycleId, CancellationToken cancellationToken = default) =>
        db.PlanActions.AsNoTracking().Include(a => a.Notes.OrderByDescending(n => n.On).ThenByDescending(n => n.Id))
            .Where(a => a.AreaId == areaId && a.CycleId == cycleId).OrderBy(a => a.Number).ToListAsync(cancellationToken);

    public Task<PlanAction?> FindAsync(int areaId, int id, CancellationToken cancellationToken = default) =>
        db.PlanActions.AsNoTracking().Include(a => a.Notes.OrderByDescending(n => n.On).ThenByDescending(n => n.Id))
            .SingleOrDefaultAsync(a => a.AreaId == areaId && a.Id == id, cancellationToken);

    public async Task<Outcome<PlanAction>> AddAsync(int areaId, int? cycleId, ActionInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate(out var cost);
        if (errors.Any)
        {
            return Outcome<PlanAction>.Failure(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var number = (await db.PlanActions.Where(a => a.AreaId == areaId && a.CycleId == cycleId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1;
        var action = new PlanAction { AreaId = areaId, CycleId = cycleId, Number = number, Title = "", Arcs = "", Status = "", CreatedAt = now };
        Apply(action, input, cost, now);
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<PlanAction>.Success(action);
    }

    public async Task<Outcome<PlanAction>> UpdateAsync(int areaId, int id, ActionInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate(out var cost);
        if (errors.Any)
        {
            return Outcome<PlanAction>.Failure(errors);
        }
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.AreaId == areaId && a.Id == id, cancellationToken);
        if (action is null)
        {
            return Outcome<PlanAction>.Failure(new FieldErrors().Add("Title", "That action no longer exists"));
        }
        Apply(action, input, cost, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<PlanAction>.Success(action);
    }

    private static void Apply(PlanAction action, ActionInput input, long? cost, DateTime now)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        action.Title = input.Title!.Trim();
        action.Description = Clean(input.Description);
        action.Arcs = ActionArcs.From(input.Arcs ?? [], input.AllArcs);
        action.Outcomes = Clean(input.Outcomes);
        action.Timescale = Clean(input.Timescale);
        action.DueOn = input.DueOn;
        action.LeadOfficer = Clean(input.LeadOfficer);
        action.Resources = Clean(input.Resources);
        action.EstimatedCostPence = cost;
        action.Status = ActionStatuses.Find(input.Status)!.Code;
        action.Priority = input.Priority;
        action.UpdatedAt = now;
    }

    public async Task<FieldErrors> AddNoteAsync(int areaId, int actionId, DateOnly? on, string? text, string by, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var note = text?.Trim() ?? "";
        if (on is null)
        {
            errors.Add("NoteOn", "Enter the date of the progress, for example 15 3 2026");
        }
        else if (on > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            errors.Add("NoteOn", "The date of the progress must be today or in the past");
        }
        if (note.Length == 0)
        {
            errors.Add("NoteText", "Enter what has happened, for example Strategy agreed by the Trust board");
        }
        else if (note.Length > ActionInput.MaxText)
        {
            errors.Add("NoteText", $"The note must be {ActionInput.MaxText:N0} characters or fewer; it has {note.Length:N0}");
        }
        if (!errors.Any && !await db.PlanActions.AnyAsync(a => a.AreaId == areaId && a.Id == actionId, cancellationToken))
        {
            errors.Add("NoteText", "That action no longer exists");
        }
        if (errors.Any)
        {
            return errors;
        }
        db.ActionProgressNotes.Add(new ActionProgressNote { ActionId = actionId, On = on!.Value, Text = note, AddedBy = by, AddedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<bool> RemoveAsync(int areaId, int id, CancellationToken cancellationToken = default)
    {
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.AreaId == areaId && a.Id == id, cancellationToken);
        if (action is null)
        {
            return false;
        }
        db.PlanActions.Remove(action);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The columns of seed 003 appendix 2, then where each action stands.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["Action", "Links to OCW Framework", "Outcomes", "Timescale", "Lead Officer", "Resources (Estimated Costs)", "Status", "Priority", "Latest progress"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<PlanAction> actions) =>
        actions.Select(a => (IReadOnlyList<string>)
        [
            $"{a.Number}. {a.Title}" + (a.Description is null ? "" : "\n" + a.Description),
            ActionArcs.Describe(a.Arcs),
            a.Outcomes ?? "",
            a.Timescale ?? (a.DueOn is { } d ? $"By {d:d MMMM yyyy}" : ""),
            a.LeadOfficer ?? "",
            Resources(a),
            ActionStatuses.Find(a.Status)?.Name ?? a.Status,
            a.Priority ? "Yes" : "No",
            a.Notes.FirstOrDefault() is { } n ? $"{n.On:d MMMM yyyy}: {n.Text}" : "",
        ]);

    /// <summary>The resources with the estimated cost in brackets, as the seed prints them: "Materials, venue costs, etc (£12,000)".</summary>
    public static string Resources(PlanAction action) =>
        (action.Resources, action.EstimatedCostPence) switch
        {
            (null, null) => "",
            (null, { } p) => $"({Money.Format(p)})",
            ({ } r, null) => r,
            ({ } r, { } p) => $"{r} ({Money.Format(p)})",
        };
}
