namespace OneWorkforce.Core.Strategy;

/// <summary>Seed 004 §3.7's timescales: short is 18 months, medium 3 years, long 5 years, from the start of the strategy.</summary>
public static class Timescales
{
    public const string Short = "short";
    public const string Medium = "medium";
    public const string Long = "long";

    public static readonly Reference.CodeList All = new("timescales", "Timescale",
    [
        new(Short, "Short term (18 months)"),
        new(Medium, "Medium term (3 years)"),
        new(Long, "Long term (5 years)"),
    ]);

    public static int Months(string timescale) => timescale switch
    {
        Short => 18,
        Medium => 36,
        Long => 60,
        _ => throw new ArgumentOutOfRangeException(nameof(timescale), timescale, "Not a timescale"),
    };

    /// <summary>When an action of this timescale is due, counted from the day it starts.</summary>
    public static DateOnly DueFrom(DateOnly start, string timescale) => start.AddMonths(Months(timescale)).AddDays(-1);
}
