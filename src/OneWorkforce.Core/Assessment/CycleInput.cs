using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Assessment;

/// <summary>What a lead enters to set up an assessment cycle, and the rules it must meet.</summary>
public sealed record CycleInput(string? Name, DateOnly? PeriodStart, DateOnly? PeriodEnd, DateOnly? ClosesOn, IReadOnlyList<string>? Groups, bool Anonymous = true, decimal? Threshold = null)
{
    public const int MaxNameLength = 200;

    public IReadOnlyList<string> CleanGroups() =>
        (Groups ?? []).Select(g => g.Trim().ToLowerInvariant()).Where(g => g.Length > 0).Distinct().ToList();

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(Name), "Enter a name for the cycle, for example January to June 2026");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(Name), $"The name must be {MaxNameLength} characters or fewer");
        }
        if (PeriodStart is null)
        {
            errors.Add(nameof(PeriodStart), "Enter the date the cycle starts, for example 1 1 2026");
        }
        if (PeriodEnd is null)
        {
            errors.Add(nameof(PeriodEnd), "Enter the date the cycle ends, for example 30 6 2026");
        }
        else if (PeriodStart is not null && PeriodEnd < PeriodStart)
        {
            errors.Add(nameof(PeriodEnd), "The end date must be the same as or after the start date");
        }
        if (ClosesOn is not null && PeriodStart is not null && ClosesOn < PeriodStart)
        {
            errors.Add(nameof(ClosesOn), "The closing date must be the same as or after the start date");
        }
        var groups = CleanGroups();
        if (groups.Count == 0)
        {
            errors.Add(nameof(Groups), "Select at least one group of people to ask");
        }
        else if (groups.FirstOrDefault(g => RespondentGroups.Find(g) is null) is { } unknown)
        {
            errors.Add(nameof(Groups), $"'{unknown}' is not a respondent group. Use: {string.Join(", ", RespondentGroups.All.Select(g => g.Code))}");
        }
        if (Threshold is { } t && (t < 1 || t > 5 || decimal.Round(t, 2) != t))
        {
            errors.Add(nameof(Threshold), "The threshold must be a score from 1.00 to 5.00, to two decimal places at most");
        }
        return errors;
    }
}
