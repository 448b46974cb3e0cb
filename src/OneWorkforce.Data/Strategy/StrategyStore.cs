using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Strategy;

/// <summary>A strategy with everything its plan page shows.</summary>
public sealed record StrategyPlan(WorkforceStrategy Strategy, IReadOnlyList<StrategyPriority> Priorities, IReadOnlyList<SteeringMember> Steering,
    IReadOnlyList<PlanAction> Actions, IReadOnlyList<SuccessIndicator> Indicators, IReadOnlyList<IndicatorValue> Values, IReadOnlyList<StrategyReport> Reports);

/// <summary>
/// An area's workforce strategies (or, with no area, the national ones): made blank or from a seed template, with their
/// priorities, steering group and actions. Actions are <see cref="PlanAction"/> rows, the same model as the
/// self-assessment's action plan, tied to the strategy and one of its priorities.
/// </summary>
public sealed class StrategyStore(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<List<WorkforceStrategy>> ListAsync(int? areaId, CancellationToken cancellationToken = default) =>
        db.Strategies.AsNoTracking().Where(s => s.AreaId == areaId).OrderByDescending(s => s.StartYear).ThenBy(s => s.Title).ToListAsync(cancellationToken);

    /// <summary>The strategy when it belongs to the area (null area: national); null otherwise, so one area never reaches another's.</summary>
    public Task<WorkforceStrategy?> FindAsync(int? areaId, int id, CancellationToken cancellationToken = default) =>
        db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.AreaId == areaId, cancellationToken);

    public Task<WorkforceStrategy?> FindByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<StrategyPlan> PlanAsync(WorkforceStrategy strategy, CancellationToken cancellationToken = default)
    {
        var indicators = await db.SuccessIndicators.AsNoTracking().Where(i => i.StrategyId == strategy.Id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        return new StrategyPlan(strategy,
            await db.StrategyPriorities.AsNoTracking().Where(p => p.StrategyId == strategy.Id).OrderBy(p => p.Number).ToListAsync(cancellationToken),
            await db.SteeringMembers.AsNoTracking().Where(m => m.StrategyId == strategy.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await db.PlanActions.AsNoTracking().Include(a => a.Notes).Where(a => a.StrategyId == strategy.Id).OrderBy(a => a.Number).ToListAsync(cancellationToken),
            indicators,
            await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).OrderBy(v => v.On).ThenBy(v => v.Id).ToListAsync(cancellationToken),
            await db.StrategyReports.AsNoTracking().Where(r => r.StrategyId == strategy.Id).OrderByDescending(r => r.Quarter).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Makes a strategy, blank or from a template with all its priorities and actions; a national one (no area) has
    /// actions without an area.
    /// </summary>
    public async Task<Outcome<WorkforceStrategy>> CreateAsync(int? areaId, StrategyInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        if (errors.Any)
        {
            return Outcome<WorkforceStrategy>.Failure(errors);
        }
        var template = StrategyTemplates.Find(input.Template);
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = new WorkforceStrategy
        {
            AreaId = areaId,
            Title = string.IsNullOrWhiteSpace(input.Title) ? template!.Title : input.Title.Trim(),
            Vision = Blank(input.Vision) ?? template?.Vision,
            Scope = Blank(input.Scope) ?? template?.Scope,
            StartYear = input.StartYear ?? template!.StartYear,
            EndYear = input.EndYear ?? template!.EndYear,
            Template = template?.Code,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Strategies.Add(strategy);
        await db.SaveChangesAsync(cancellationToken);
        if (template is not null)
        {
            var start = new DateOnly(strategy.StartYear, 1, 1);
            var number = 0;
            for (var p = 0; p < template.Priorities.Count; p++)
            {
                var priority = new StrategyPriority { StrategyId = strategy.Id, Number = p + 1, Title = template.Priorities[p].Title, Sector = template.Priorities[p].Sector };
                db.StrategyPriorities.Add(priority);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var action in template.Priorities[p].Actions)
                {
                    db.PlanActions.Add(FromTemplate(areaId, strategy.Id, priority.Id, ++number, action, start, now));
                }
            }
            foreach (var action in template.Actions)
            {
                db.PlanActions.Add(FromTemplate(areaId, strategy.Id, null, ++number, action, start, now));
            }
        }
        audit.Record("strategy-create", "Strategy", strategy.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, FieldChange> { ["title"] = new(null, strategy.Title), ["template"] = new(null, template?.Code ?? "blank") }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<WorkforceStrategy>.Success(strategy);
    }

    private static PlanAction FromTemplate(int? areaId, int strategyId, int? priorityId, int number, TemplateAction action, DateOnly start, DateTime now) => new()
    {
        AreaId = areaId, StrategyId = strategyId, PriorityId = priorityId, Number = number, Title = action.Title, Arcs = action.Arcs, Outcomes = action.Outcomes,
        Timescale = action.TimescaleText, TimescaleCategory = action.Timescale, StartOn = action.Timescale is null ? null : start,
        DueOn = action.Timescale is { } t ? Timescales.DueFrom(start, t) : null, LeadOfficer = action.Lead, LeadPartners = action.Partners,
        EstimatedCostPence = action.CostPounds * 100, Status = ActionStatuses.NotStarted, Priority = action.Priority, CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>Changes the title, vision, scope and period.</summary>
    public async Task<FieldErrors> UpdateAsync(WorkforceStrategy strategy, StrategyInput input, CancellationToken cancellationToken = default)
    {
        var errors = (input with { Template = null }).Validate();
        if (errors.Any)
        {
            return errors;
        }
        var row = await db.Strategies.SingleAsync(s => s.Id == strategy.Id, cancellationToken);
        var before = $"{row.Title} ({row.Period})";
        row.Title = input.Title!.Trim();
        row.Vision = Blank(input.Vision);
        row.Scope = Blank(input.Scope);
        row.StartYear = input.StartYear!.Value;
        row.EndYear = input.EndYear!.Value;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("strategy-change", "Strategy", strategy.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["strategy"] = new(before, $"{row.Title} ({row.Period})") }, strategy.AreaId);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<FieldErrors> AddPriorityAsync(WorkforceStrategy strategy, string? title, string? sector, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var text = title?.Trim() ?? "";
        if (text.Length is 0 or > 400)
        {
            errors.Add("PriorityTitle", text.Length == 0 ? "Enter the priority, like Deliver high quality induction across the workforce" : "The priority must be 400 characters or fewer");
        }
        if (!string.IsNullOrEmpty(sector) && !Core.Reference.WorkforceCodeLists.WorkforceSectors.Contains(sector))
        {
            errors.Add("PrioritySector", "Choose a workforce sector from the list, or the whole workforce");
        }
        if (errors.Any)
        {
            return errors;
        }
        var next = (await db.StrategyPriorities.Where(p => p.StrategyId == strategy.Id).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
        db.StrategyPriorities.Add(new StrategyPriority { StrategyId = strategy.Id, Number = next, Title = text, Sector = string.IsNullOrEmpty(sector) ? null : sector });
        Audit("strategy-priority-add", strategy, "priority", text);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<FieldErrors> AddMemberAsync(WorkforceStrategy strategy, string? name, string? organisation, string? role, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            errors.Add("MemberName", string.IsNullOrWhiteSpace(name) ? "Enter the member's name" : "The name must be 200 characters or fewer");
        }
        if ((organisation?.Trim().Length ?? 0) > 200)
        {
            errors.Add("MemberOrganisation", "The organisation must be 200 characters or fewer");
        }
        if ((role?.Trim().Length ?? 0) > 200)
        {
            errors.Add("MemberRole", "The role must be 200 characters or fewer");
        }
        if (errors.Any)
        {
            return errors;
        }
        db.SteeringMembers.Add(new SteeringMember { StrategyId = strategy.Id, Name = name!.Trim(), Organisation = Blank(organisation), Role = Blank(role) });
        Audit("strategy-member-add", strategy, "member", name.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Adds an action (null id) or changes one of this strategy's; the action's number is the next in the plan.</summary>
    public async Task<(PlanAction? Action, FieldErrors Errors)> SaveActionAsync(WorkforceStrategy strategy, int? actionId, StrategyActionInput input, CancellationToken cancellationToken = default)
    {
        var areaId = strategy.AreaId;
        var action = actionId is { } id ? await db.PlanActions.SingleOrDefaultAsync(a => a.Id == id && a.StrategyId == strategy.Id, cancellationToken) : null;
        if (actionId is not null && action is null)
        {
            return (null, new FieldErrors().Add("Title", "That action is not part of this strategy"));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = await db.PlanActions.Where(a => a.StrategyId == strategy.Id && a.Id != (actionId ?? 0)).Select(a => a.Number).ToListAsync(cancellationToken);
        var priorities = await db.StrategyPriorities.Where(p => p.StrategyId == strategy.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        action ??= new PlanAction { AreaId = areaId, StrategyId = strategy.Id, Number = numbers.DefaultIfEmpty(0).Max() + 1, Title = "", Arcs = ActionArcs.All, Status = ActionStatuses.NotStarted, CreatedAt = now };
        var before = action.Status;
        var errors = input.ApplyTo(action, priorities, numbers);
        if (errors.Any)
        {
            return (null, errors);
        }
        action.UpdatedAt = now;
        if (action.Id == 0)
        {
            db.PlanActions.Add(action);
        }
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actionId is null ? "strategy-action-add" : "strategy-action-change", "PlanAction", action.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["status"] = new(actionId is null ? null : before, action.Status) }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        return (action, errors);
    }

    public async Task<FieldErrors> AddNoteAsync(WorkforceStrategy strategy, int actionId, DateOnly? on, string? text, string addedBy, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var note = text?.Trim() ?? "";
        if (note.Length is 0 or > 2000)
        {
            errors.Add("NoteText", note.Length == 0 ? "Write what has happened, like 'Steering group agreed the induction checklist'" : "The note must be 2,000 characters or fewer");
        }
        if (on is null || on > Today)
        {
            errors.Add("NoteOn", on is null ? "Enter the date of the progress" : "The date must be today or in the past");
        }
        if (!await db.PlanActions.AnyAsync(a => a.Id == actionId && a.StrategyId == strategy.Id, cancellationToken))
        {
            errors.Add("NoteText", "That action is not part of this strategy");
        }
        if (errors.Any)
        {
            return errors;
        }
        db.ActionProgressNotes.Add(new ActionProgressNote { ActionId = actionId, On = on!.Value, Text = note, AddedBy = addedBy, AddedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private void Audit(string action, WorkforceStrategy strategy, string field, string value) =>
        audit.Record(action, "Strategy", strategy.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, FieldChange> { [field] = new(null, value) }, strategy.AreaId);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
