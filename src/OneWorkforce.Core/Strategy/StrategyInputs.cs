using System.Globalization;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Strategy;

/// <summary>What a lead enters to start a strategy: blank, or from a template.</summary>
public sealed record StrategyInput(string? Title, string? Vision, string? Scope, int? StartYear, int? EndYear, string? Template)
{
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var template = StrategyTemplates.Find(Template);
        if (!string.IsNullOrEmpty(Template) && template is null)
        {
            errors.Add(nameof(Template), "Choose a template from the list, or start blank");
        }
        var title = Title?.Trim() ?? template?.Title ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(Title), "Enter the strategy's title, like Children's Workforce Strategy");
        }
        else if (title.Length > WorkforceStrategy.MaxTitle)
        {
            errors.Add(nameof(Title), $"The title must be {WorkforceStrategy.MaxTitle} characters or fewer");
        }
        if ((Vision?.Trim().Length ?? 0) > WorkforceStrategy.MaxText)
        {
            errors.Add(nameof(Vision), $"The vision must be {WorkforceStrategy.MaxText:N0} characters or fewer");
        }
        if ((Scope?.Trim().Length ?? 0) > WorkforceStrategy.MaxText)
        {
            errors.Add(nameof(Scope), $"The scope must be {WorkforceStrategy.MaxText:N0} characters or fewer");
        }
        var start = StartYear ?? template?.StartYear;
        var end = EndYear ?? template?.EndYear;
        if (start is not (>= 2000 and <= 2100))
        {
            errors.Add(nameof(StartYear), "Enter the first year of the strategy, like 2026");
        }
        if (end is not (>= 2000 and <= 2100))
        {
            errors.Add(nameof(EndYear), "Enter the last year of the strategy, like 2029");
        }
        else if (start is not null && end < start)
        {
            errors.Add(nameof(EndYear), "The last year must be the same as or after the first year");
        }
        else if (start is not null && end - start > 10)
        {
            errors.Add(nameof(EndYear), "A strategy can cover at most 10 years");
        }
        return errors;
    }
}

/// <summary>What a lead enters for a success indicator: a computed measure, or manual with a unit; baseline, target and due date.</summary>
public sealed record IndicatorInput(string? Name, string? Definition, string? Measure, string? Unit, bool HigherIsBetter, string? Baseline, DateOnly? BaselineOn,
    string? Target, DateOnly? DueOn)
{
    public const string Manual = "manual";

    public (SuccessIndicator? Indicator, FieldErrors Errors) Validate(int strategyId)
    {
        var errors = new FieldErrors();
        var measure = Strategy.Measures.Find(Measure);
        if (Measure != Manual && measure is null)
        {
            errors.Add(nameof(Measure), "Choose what the indicator measures, or Entered by hand");
        }
        var unit = measure?.Unit ?? Unit;
        if (measure is null && !IndicatorUnits.All.Contains(unit ?? ""))
        {
            errors.Add(nameof(Unit), "Choose the unit: a percentage, a number or a score");
        }
        var name = string.IsNullOrWhiteSpace(Name) ? measure?.Name ?? "" : Name.Trim();
        if (name.Length == 0)
        {
            errors.Add(nameof(Name), "Enter the indicator's name, like Early years staff at level 3 or above");
        }
        else if (name.Length > 200)
        {
            errors.Add(nameof(Name), "The name must be 200 characters or fewer");
        }
        if ((Definition?.Trim().Length ?? 0) > 2000)
        {
            errors.Add(nameof(Definition), "The definition must be 2,000 characters or fewer");
        }
        var baseline = Number(Baseline, nameof(Baseline), "baseline", errors, required: false);
        var target = Number(Target, nameof(Target), "target", errors, required: true);
        if (baseline is not null && BaselineOn is null)
        {
            errors.Add(nameof(BaselineOn), "Enter the date of the baseline");
        }
        if (DueOn is null)
        {
            errors.Add(nameof(DueOn), "Enter the date the target is due, like 31 3 2028");
        }
        else if (BaselineOn is { } from && DueOn <= from)
        {
            errors.Add(nameof(DueOn), "The target must be due after the baseline's date");
        }
        if (unit == IndicatorUnits.Percent && (baseline is < 0 or > 100 || target is < 0 or > 100))
        {
            errors.Add(baseline is < 0 or > 100 ? nameof(Baseline) : nameof(Target), "A percentage is from 0 to 100");
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        return (new SuccessIndicator
        {
            StrategyId = strategyId, Name = name, Definition = string.IsNullOrWhiteSpace(Definition) ? null : Definition.Trim(), Measure = measure?.Code,
            Unit = unit!, HigherIsBetter = measure?.HigherIsBetter ?? HigherIsBetter, Baseline = baseline, BaselineOn = baseline is null ? null : BaselineOn,
            Target = target!.Value, DueOn = DueOn!.Value,
        }, errors);
    }

    /// <summary>A number as typed ("85", "85.5", "85%", "1,200"), or an error naming the field.</summary>
    public static decimal? Number(string? typed, string field, string words, FieldErrors errors, bool required)
    {
        var text = (typed ?? "").Trim().TrimEnd('%').Replace(",", "", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(field, $"Enter the {words}, like 85");
            }
            return null;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > 1_000_000_000)
        {
            errors.Add(field, $"The {words} must be a number, like 85 or 3.5");
            return null;
        }
        return value;
    }
}

/// <summary>A value entered by hand for an indicator, with its date and the evidence for it.</summary>
public sealed record ValueInput(string? Value, DateOnly? On, string? Evidence)
{
    public (decimal? Value, FieldErrors Errors) Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        var value = IndicatorInput.Number(Value, nameof(Value), "value", errors, required: true);
        if (On is null)
        {
            errors.Add(nameof(On), "Enter the date the value is for");
        }
        else if (On > today)
        {
            errors.Add(nameof(On), "The date must be today or in the past");
        }
        var evidence = Evidence?.Trim() ?? "";
        if (evidence.Length == 0)
        {
            errors.Add(nameof(Evidence), "Say where the value comes from, like 'Induction feedback forms, April to June'");
        }
        else if (evidence.Length > 500)
        {
            errors.Add(nameof(Evidence), "The evidence must be 500 characters or fewer");
        }
        return (value, errors);
    }
}
