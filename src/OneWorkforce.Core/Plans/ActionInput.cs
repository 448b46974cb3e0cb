using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Plans;

/// <summary>What a lead enters for an action, and the rules it must meet.</summary>
public sealed record ActionInput(
    string? Title,
    string? Description,
    IReadOnlyList<int>? Arcs,
    bool AllArcs,
    string? Outcomes,
    string? Timescale,
    DateOnly? DueOn,
    string? LeadOfficer,
    string? Resources,
    string? EstimatedCost,
    string? Status,
    bool Priority)
{
    public const int MaxTitle = 300;
    public const int MaxText = 4000;
    public const int MaxShort = 200;

    public FieldErrors Validate(out long? costPence)
    {
        var errors = new FieldErrors();
        costPence = null;
        var title = Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(Title), "Enter the action, for example Develop a common induction programme");
        }
        else if (title.Length > MaxTitle)
        {
            errors.Add(nameof(Title), $"The action must be {MaxTitle} characters or fewer; it has {title.Length}");
        }
        if (!AllArcs && (Arcs is null || Arcs.Count == 0))
        {
            errors.Add(nameof(Arcs), "Select the arcs the action links to, or All arcs");
        }
        else if (Arcs?.FirstOrDefault(a => a is < 1 or > 8) is { } bad && bad != 0)
        {
            errors.Add(nameof(Arcs), $"Arc {bad} does not exist: arcs run from 1 to 8");
        }
        Long(errors, nameof(Description), Description, MaxText);
        Long(errors, nameof(Outcomes), Outcomes, MaxText);
        Long(errors, nameof(Resources), Resources, MaxText);
        Long(errors, nameof(Timescale), Timescale, MaxShort);
        Long(errors, nameof(LeadOfficer), LeadOfficer, MaxShort);
        if (ActionStatuses.Find(Status) is null)
        {
            errors.Add(nameof(Status), $"Select a status: {string.Join(", ", ActionStatuses.All.Select(s => s.Name))}");
        }
        if (!string.IsNullOrWhiteSpace(EstimatedCost))
        {
            if (Money.TryParsePounds(EstimatedCost, out var pence))
            {
                costPence = pence;
            }
            else
            {
                errors.Add(nameof(EstimatedCost), "Enter the estimated cost in pounds, like 12000 or £12,000.50");
            }
        }
        return errors;
    }

    private static void Long(FieldErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(field, $"{Spaced(field)} must be {max:N0} characters or fewer; it has {value.Trim().Length:N0}");
        }
    }

    private static string Spaced(string field) => field switch
    {
        nameof(LeadOfficer) => "The lead officer",
        _ => "The " + field.ToLowerInvariant(),
    };
}
