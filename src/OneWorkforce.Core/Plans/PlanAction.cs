using OneWorkforce.Core.Audit;

namespace OneWorkforce.Core.Plans;

/// <summary>
/// One action of a plan, laid out like seed 003 appendix 2: the action, the arcs of the framework it links
/// to, the outcomes, the timescale, the lead officer and the resources with an estimated cost. The same
/// model serves a self-assessment cycle's action plan and, later, a workforce strategy's actions.
/// </summary>
public class PlanAction : IAudited
{
    public int Id { get; set; }
    /// <summary>The area; null for an action of a national strategy.</summary>
    public int? AreaId { get; set; }
    /// <summary>The self-assessment cycle whose action plan this is, if any.</summary>
    public int? CycleId { get; set; }
    /// <summary>The workforce strategy whose action this is, if any (an action can serve both).</summary>
    public int? StrategyId { get; set; }
    /// <summary>The strategy priority it delivers, if any.</summary>
    public int? PriorityId { get; set; }
    /// <summary>The challenge it answers (seed 004 §4.3's first column).</summary>
    public string? Challenge { get; set; }
    /// <summary>Short, medium or long term (<see cref="Strategy.Timescales"/>).</summary>
    public string? TimescaleCategory { get; set; }
    public DateOnly? StartOn { get; set; }
    /// <summary>Lead partners: organisations of the directory or named bodies, one per line.</summary>
    public string? LeadPartners { get; set; }
    public string? SupportPartners { get; set; }
    /// <summary>Milestones, one per line, each optionally starting with its date.</summary>
    public string? Milestones { get; set; }
    /// <summary>The numbers of the actions of the same plan this one depends on, comma-separated.</summary>
    public string? DependsOn { get; set; }
    /// <summary>The action's number in its plan (1, 2, 3…), the order it is printed in.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    /// <summary>What the action aims to do, in more words.</summary>
    public string? Description { get; set; }
    /// <summary>Arc numbers linked, comma-separated, or <see cref="ActionArcs.All"/>.</summary>
    public required string Arcs { get; set; }
    public string? Outcomes { get; set; }
    /// <summary>When, in words, as a plan says it: "Strategy agreed by October 2009; implementation ongoing".</summary>
    public string? Timescale { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? LeadOfficer { get; set; }
    public string? Resources { get; set; }
    /// <summary>The estimated cost in pence (£12,000 is 1,200,000), so both databases hold it exactly.</summary>
    public long? EstimatedCostPence { get; set; }
    /// <summary>One of <see cref="ActionStatuses"/>.</summary>
    public required string Status { get; set; }
    /// <summary>One of the plan's main priorities (seed 003 marks actions 1 and 8).</summary>
    public bool Priority { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<ActionProgressNote> Notes { get; set; } = [];
}

/// <summary>A dated note of progress on an action.</summary>
public class ActionProgressNote : IAudited
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public DateOnly On { get; set; }
    public required string Text { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}
