using System.Globalization;
using OneWorkforce.Core;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Reference;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Assessments.Actions;

/// <summary>The action form as typed: the columns of seed 003 appendix 2 plus status, priority and a due date.</summary>
public sealed class ActionForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string> Arcs { get; set; } = [];
    public string? Outcomes { get; set; }
    public string? Timescale { get; set; }
    public DateParts DueOn { get; set; } = new();
    public string? LeadOfficer { get; set; }
    public string? Resources { get; set; }
    public string? EstimatedCost { get; set; }
    public string Status { get; set; } = ActionStatuses.NotStarted;
    public List<string> Priority { get; set; } = [];

    public static readonly IReadOnlyList<CodeListItem> ArcChoices =
        [new(ActionArcs.All, "All arcs"), .. Ocwt.Arcs.Select(a => new CodeListItem(a.Number.ToString(CultureInfo.InvariantCulture), a.Name))];

    public static readonly IReadOnlyList<CodeListItem> StatusChoices = ActionStatuses.All.Select(s => new CodeListItem(s.Code, s.Name)).ToList();

    public static readonly IReadOnlyList<CodeListItem> PriorityChoice = [new("yes", "This is one of the plan's main priorities")];

    public ActionInput ToInput() => new(Title, Description,
        Arcs.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n != -1).ToList(),
        Arcs.Contains(ActionArcs.All), Outcomes, Timescale, DueOn.Date, LeadOfficer, Resources, EstimatedCost, Status, Priority.Contains("yes"));

    public static ActionForm From(PlanAction action) => new()
    {
        Title = action.Title,
        Description = action.Description,
        Arcs = action.Arcs == ActionArcs.All ? [ActionArcs.All] : ActionArcs.Numbers(action.Arcs).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList(),
        Outcomes = action.Outcomes,
        Timescale = action.Timescale,
        DueOn = DateParts.From(action.DueOn),
        LeadOfficer = action.LeadOfficer,
        Resources = action.Resources,
        EstimatedCost = action.EstimatedCostPence is { } p ? Money.Format(p) : null,
        Status = action.Status,
        Priority = action.Priority ? ["yes"] : [],
    };
}
