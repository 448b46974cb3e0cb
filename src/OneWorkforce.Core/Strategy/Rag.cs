using OneWorkforce.Core.Plans;

namespace OneWorkforce.Core.Strategy;

/// <summary>
/// Red, amber and green for the quarterly report. An indicator is green when it has met its target or is at least where a
/// straight line from its baseline to its target says it should be by now; amber when it is behind that line by no more
/// than a fifth of the way; red when further behind, or when its due date has passed without meeting the target; grey
/// with no value yet. An action takes its status's colour, except that one past its due date and not done is red.
/// </summary>
public static class Rag
{
    public const string Green = "green";
    public const string Amber = "amber";
    public const string Red = "red";
    public const string Grey = "grey";
    public const string Blue = "blue";

    /// <summary>How far behind the line an indicator may be and still be amber, as a share of the way from baseline to target.</summary>
    public const decimal AmberTolerance = 0.2m;

    public static string ForIndicator(SuccessIndicator indicator, decimal? value, DateOnly? valueOn, DateOnly asAt)
    {
        if (value is not { } v || valueOn is not { } on)
        {
            return Grey;
        }
        var direction = indicator.HigherIsBetter ? 1 : -1;
        if ((v - indicator.Target) * direction >= 0)
        {
            return Green;
        }
        if (asAt > indicator.DueOn)
        {
            return Red;
        }
        if (indicator.Baseline is not { } baseline || indicator.BaselineOn is not { } from || indicator.Target == baseline)
        {
            return Amber;
        }
        var span = indicator.DueOn.DayNumber - from.DayNumber;
        var fraction = span <= 0 ? 1m : Math.Clamp((decimal)(on.DayNumber - from.DayNumber) / span, 0m, 1m);
        var expected = baseline + (indicator.Target - baseline) * fraction;
        var shortfall = (expected - v) * direction / Math.Abs(indicator.Target - baseline);
        return shortfall <= 0 ? Green : shortfall <= AmberTolerance ? Amber : Red;
    }

    public static string ForAction(string status, DateOnly? dueOn, DateOnly asAt)
    {
        if (status == ActionStatuses.Done)
        {
            return Blue;
        }
        if (dueOn is { } due && due < asAt)
        {
            return Red;
        }
        return ActionStatuses.Find(status)?.Rag ?? Grey;
    }

    public static string Words(string rag) => rag switch
    {
        Green => "Green",
        Amber => "Amber",
        Red => "Red",
        Blue => "Done",
        _ => "No data",
    };

    /// <summary>The GOV.UK tag colour class for a rating.</summary>
    public static string Tag(string rag) => rag switch
    {
        Green => "govuk-tag--green",
        Amber => "govuk-tag--yellow",
        Red => "govuk-tag--red",
        Blue => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
