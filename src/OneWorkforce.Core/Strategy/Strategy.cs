namespace OneWorkforce.Core.Strategy;

/// <summary>
/// A workforce strategy: an area's (or, with no area, a national one), with its vision, scope and period, ordered
/// priorities (some for one workforce sector), a steering group, actions (the same <see cref="Plans.PlanAction"/> model as
/// the self-assessment's action plan) and success indicators, reported to the management group every quarter.
/// </summary>
public class WorkforceStrategy
{
    public const int MaxTitle = 200;
    public const int MaxText = 4000;

    public int Id { get; set; }
    /// <summary>The area; null for a national strategy (kept by the national administrator).</summary>
    public int? AreaId { get; set; }
    public required string Title { get; set; }
    public string? Vision { get; set; }
    public string? Scope { get; set; }
    /// <summary>The first and last year of the period, as "2010–12" reads.</summary>
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    /// <summary>The template it started from, if any (<see cref="StrategyTemplates"/>).</summary>
    public string? Template { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public string Period => StartYear == EndYear ? $"{StartYear}" : $"{StartYear}–{EndYear % 100:00}";
}

/// <summary>One priority of a strategy, in order; with a workforce sector it is that sector's own priority (seed 001 appendix B).</summary>
public class StrategyPriority
{
    public int Id { get; set; }
    public int StrategyId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>A workforce sector code for a sector-specific priority; null for one across the workforce.</summary>
    public string? Sector { get; set; }
}

/// <summary>A member of the strategy's steering group (seed 001 appendix D).</summary>
public class SteeringMember
{
    public int Id { get; set; }
    public int StrategyId { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public string? Role { get; set; }
}

/// <summary>
/// A success indicator: what it measures, from what baseline to what target by when. A computed one reads the live data
/// of the other modules (<see cref="Measures"/>); a manual one takes values entered with their evidence.
/// </summary>
public class SuccessIndicator
{
    public int Id { get; set; }
    public int StrategyId { get; set; }
    public required string Name { get; set; }
    public string? Definition { get; set; }
    /// <summary>A <see cref="Measures"/> code for a computed indicator; null for a manual one.</summary>
    public string? Measure { get; set; }
    /// <summary><see cref="IndicatorUnits"/>: percent, number or score.</summary>
    public required string Unit { get; set; }
    /// <summary>True when a higher value is better (most are; turnover is not).</summary>
    public bool HigherIsBetter { get; set; } = true;
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineOn { get; set; }
    public decimal Target { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One value of an indicator on a date, with where it came from (the computed measure, or the evidence given).</summary>
public class IndicatorValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
    public required string Source { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A quarterly report as issued to the management group: stored whole, so it reads the same a year later.</summary>
public class StrategyReport
{
    public int Id { get; set; }
    public int StrategyId { get; set; }
    /// <summary>Like <c>2010Q3</c>.</summary>
    public required string Quarter { get; set; }
    public required string ReportJson { get; set; }
    public required string IssuedBy { get; set; }
    public DateTime IssuedAt { get; set; }
}

public static class IndicatorUnits
{
    public const string Percent = "percent";
    public const string Number = "number";
    public const string Score = "score";

    public static readonly Reference.CodeList All = new("indicator-units", "Unit",
        [new(Percent, "Percentage"), new(Number, "Number"), new(Score, "Score (such as the self-assessment's 1 to 5)")]);

    public static string Format(string unit, decimal? value) => value is not { } v ? "–" : unit switch
    {
        Percent => $"{v:0.#}%",
        Score => $"{v:0.00}",
        _ => $"{v:#,0.#}",
    };
}
