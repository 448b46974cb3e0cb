using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>One action of the strategy: read it with its progress, or (for the lead) add or change it and add dated progress notes.</summary>
public sealed class ActionModel(StrategyStore store) : StrategyPage(store)
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int? PriorityId { get; set; }
    [BindProperty] public string? ChallengeText { get; set; }
    [BindProperty] public string? Solutions { get; set; }
    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? TimescaleCategory { get; set; }
    [BindProperty] public DateParts StartOn { get; set; } = new();
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public string? LeadPartners { get; set; }
    [BindProperty] public string? SupportPartners { get; set; }
    [BindProperty] public string? LeadOfficer { get; set; }
    [BindProperty] public string? EstimatedCost { get; set; }
    [BindProperty] public string? Status { get; set; } = ActionStatuses.NotStarted;
    [BindProperty] public string? Milestones { get; set; }
    [BindProperty] public string? DependsOn { get; set; }
    [BindProperty] public List<int> Arcs { get; set; } = [];
    [BindProperty] public DateParts NoteOn { get; set; } = new();
    [BindProperty] public string? NoteText { get; set; }

    public PlanAction? Action { get; private set; }
    public StrategyPlan Plan { get; private set; } = null!;
    public DateOnly Today => Store.Today;

    public IReadOnlyList<CodeListItem> PriorityItems => Plan.Priorities.Select(p => new CodeListItem(p.Id.ToString(), $"{p.Number}. {p.Title}")).ToList();
    public static IReadOnlyList<CodeListItem> TimescaleItems => [new("", "None"), .. Timescales.All.Items];
    public static IReadOnlyList<CodeListItem> StatusItems => ActionStatuses.All.Select(s => new CodeListItem(s.Code, s.Name)).ToList();
    public static IReadOnlyList<CodeListItem> ArcItems => Ocwt.Arcs.Select(a => new CodeListItem(a.Number.ToString(), $"{a.Number}. {a.Name}")).ToList();

    private async Task<IActionResult?> PrepareAsync(int id, int? actionId, bool manage)
    {
        if (await LoadAsync(id, manage) is { } refused)
        {
            return refused;
        }
        Plan = await Store.PlanAsync(Strategy);
        if (actionId is { } a)
        {
            Action = Plan.Actions.FirstOrDefault(x => x.Id == a);
            if (Action is null)
            {
                return NotFound();
            }
        }
        else if (!CanManage)
        {
            return NotFound();
        }
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, int? actionId)
    {
        if (await PrepareAsync(id, actionId, manage: false) is { } instead)
        {
            return instead;
        }
        if (Action is { } a)
        {
            (Title, PriorityId, ChallengeText, Solutions, Outcomes, TimescaleCategory) = (a.Title, a.PriorityId, a.Challenge, a.Description, a.Outcomes, a.TimescaleCategory);
            (StartOn, DueOn, LeadPartners, SupportPartners, LeadOfficer) = (DateParts.From(a.StartOn), DateParts.From(a.DueOn), a.LeadPartners, a.SupportPartners, a.LeadOfficer);
            (EstimatedCost, Status, Milestones, DependsOn) = (a.EstimatedCostPence is { } c ? (c / 100m).ToString("0.##") : null, a.Status, a.Milestones, a.DependsOn);
            Arcs = a.Arcs == ActionArcs.All ? [] : ActionArcs.Numbers(a.Arcs).ToList();
        }
        else
        {
            StartOn = DateParts.From(Store.Today);
        }
        NoteOn = DateParts.From(Store.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? actionId)
    {
        if (await PrepareAsync(id, actionId, manage: true) is { } instead)
        {
            return instead;
        }
        foreach (var (field, parts, words) in new[] { (nameof(StartOn), StartOn, "The start date"), (nameof(DueOn), DueOn, "The due date") })
        {
            if (parts.Problem(words) is { } problem)
            {
                ModelState.AddModelError(field, problem);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new StrategyActionInput(Title, PriorityId, ChallengeText, Solutions, Outcomes, TimescaleCategory, StartOn.Date, DueOn.Date, LeadPartners, SupportPartners,
            LeadOfficer, EstimatedCost, Status, Milestones, DependsOn, Arcs);
        var (saved, errors) = await Store.SaveActionAsync(Strategy, actionId, input);
        if (saved is null)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = actionId is null ? $"Action {saved.Number} added." : $"Action {saved.Number} saved.";
        return Redirect(StrategyPath);
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, int actionId)
    {
        if (await PrepareAsync(id, actionId, manage: true) is { } instead)
        {
            return instead;
        }
        if (NoteOn.Problem("The date") is { } problem)
        {
            ModelState.AddModelError(nameof(NoteOn), problem);
            return Page();
        }
        var errors = await Store.AddNoteAsync(Strategy, actionId, NoteOn.Date, NoteText, Actor);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = "Progress note added.";
        return Redirect($"{StrategyPath}/actions/edit/{actionId}");
    }
}
