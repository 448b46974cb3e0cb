using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Strategy;

/// <summary>
/// An action of a strategy as the lead enters it, in seed 004 §4.3's columns (challenge, solutions, timescale, lead and
/// support partners, expected outcomes) with seed 003's (arcs, lead officer, estimated cost) and the plan's own (status,
/// dates, milestones, dependencies). Stored on the same <see cref="PlanAction"/> as the self-assessment's action plan.
/// </summary>
public sealed record StrategyActionInput(
    string? Title, int? PriorityId, string? ChallengeText, string? Solutions, string? Outcomes, string? TimescaleCategory, DateOnly? StartOn, DateOnly? DueOn,
    string? LeadPartners, string? SupportPartners, string? LeadOfficer, string? EstimatedCost, string? Status, string? Milestones, string? DependsOn,
    IReadOnlyList<int>? Arcs)
{
    /// <summary>Checks every field against the strategy's priorities and the other actions' numbers; applies it to the action when it passes.</summary>
    public FieldErrors ApplyTo(PlanAction action, IReadOnlyCollection<int> priorities, IReadOnlyCollection<int> otherNumbers)
    {
        var errors = new FieldErrors();
        var title = Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(Title), "Enter the action, for example Develop a common induction programme");
        }
        else if (title.Length > ActionInput.MaxTitle)
        {
            errors.Add(nameof(Title), $"The action must be {ActionInput.MaxTitle} characters or fewer; it has {title.Length}");
        }
        if (PriorityId is { } p && !priorities.Contains(p))
        {
            errors.Add(nameof(PriorityId), "Choose one of the strategy's priorities, or none");
        }
        foreach (var (field, value, max) in new[]
                 {
                     (nameof(ChallengeText), ChallengeText, ActionInput.MaxText), (nameof(Solutions), Solutions, ActionInput.MaxText), (nameof(Outcomes), Outcomes, ActionInput.MaxText),
                     (nameof(LeadPartners), LeadPartners, ActionInput.MaxShort * 5), (nameof(SupportPartners), SupportPartners, ActionInput.MaxShort * 5),
                     (nameof(LeadOfficer), LeadOfficer, ActionInput.MaxShort), (nameof(Milestones), Milestones, ActionInput.MaxText),
                 })
        {
            if ((value?.Trim().Length ?? 0) > max)
            {
                errors.Add(field, $"This must be {max:N0} characters or fewer; it has {value!.Trim().Length:N0}");
            }
        }
        if (!string.IsNullOrEmpty(TimescaleCategory) && !Timescales.All.Contains(TimescaleCategory))
        {
            errors.Add(nameof(TimescaleCategory), "Choose short, medium or long term, or none");
        }
        if (StartOn is { } start && DueOn is { } due && due < start)
        {
            errors.Add(nameof(DueOn), "The due date must be on or after the start date");
        }
        if (ActionStatuses.Find(Status) is null)
        {
            errors.Add(nameof(Status), $"Select a status: {string.Join(", ", ActionStatuses.All.Select(s => s.Name))}");
        }
        long? cost = null;
        if (!string.IsNullOrWhiteSpace(EstimatedCost))
        {
            if (Money.TryParsePounds(EstimatedCost, out var pence))
            {
                cost = pence;
            }
            else
            {
                errors.Add(nameof(EstimatedCost), "Enter the estimated cost in pounds, like 12000 or £12,000.50");
            }
        }
        var depends = new List<int>();
        foreach (var part in (DependsOn ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, out var number) || !otherNumbers.Contains(number))
            {
                errors.Add(nameof(DependsOn), $"'{part}' is not the number of another action of this strategy. Write the numbers separated by commas, like 1, 3");
                break;
            }
            depends.Add(number);
        }
        if (Arcs?.FirstOrDefault(a => a is < 1 or > 8) is { } bad && bad != 0)
        {
            errors.Add(nameof(Arcs), $"Arc {bad} does not exist: arcs run from 1 to 8");
        }
        if (errors.Any)
        {
            return errors;
        }
        action.Title = title;
        action.PriorityId = PriorityId;
        action.Challenge = Blank(ChallengeText);
        action.Description = Blank(Solutions);
        action.Outcomes = Blank(Outcomes);
        action.TimescaleCategory = Blank(TimescaleCategory);
        action.StartOn = StartOn;
        action.DueOn = DueOn ?? (StartOn is { } s && action.TimescaleCategory is { } t ? Timescales.DueFrom(s, t) : null);
        action.LeadPartners = Blank(LeadPartners);
        action.SupportPartners = Blank(SupportPartners);
        action.LeadOfficer = Blank(LeadOfficer);
        action.EstimatedCostPence = cost;
        action.Status = ActionStatuses.Find(Status)!.Code;
        action.Milestones = Blank(Milestones);
        action.DependsOn = depends.Count == 0 ? null : string.Join(',', depends.Distinct().Order());
        action.Arcs = Arcs is { Count: > 0 } arcs ? ActionArcs.From(arcs, false) : ActionArcs.All;
        return errors;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
