using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>The strategy's plan: vision and scope, priorities with their actions and red/amber/green, indicators, steering group, quarterly reports.</summary>
public sealed class ShowModel(StrategyStore store) : StrategyPage(store)
{
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty] public string? PriorityTitle { get; set; }
    [BindProperty] public string? PrioritySector { get; set; }
    [BindProperty] public string? MemberName { get; set; }
    [BindProperty] public string? MemberOrganisation { get; set; }
    [BindProperty] public string? MemberRole { get; set; }

    public StrategyPlan Plan { get; private set; } = null!;
    public DateOnly Today => Store.Today;
    public Quarter ThisQuarter => Quarter.Of(Today);

    public static IReadOnlyList<CodeListItem> SectorChoices => [new("", "The whole workforce"), .. WorkforceCodeLists.WorkforceSectors.Items];

    public static readonly IReadOnlyList<string> PlanHeader =
        ["Number", "Priority", "Action", "Challenge", "Solutions", "Expected outcomes", "Timescale", "Starts", "Due", "Lead partners", "Support partners",
         "Lead officer", "Estimated cost (£)", "Status", "Red/amber/green", "Depends on", "Milestones", "Latest progress"];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Plan = await Store.PlanAsync(Strategy);
        if (Format is "csv" or "xlsx")
        {
            var priorities = Plan.Priorities.ToDictionary(p => p.Id, p => $"{p.Number}. {p.Title}");
            return CsvDownload.File(Format, $"strategy-{Strategy.Id}-plan", PlanHeader, Plan.Actions.Select(a => (IReadOnlyList<string>)
            [
                a.Number.ToString(), a.PriorityId is { } p ? priorities.GetValueOrDefault(p, "") : "", a.Title, a.Challenge ?? "", a.Description ?? "", a.Outcomes ?? "",
                a.TimescaleCategory is { } t ? Timescales.All.LabelOf(t) : a.Timescale ?? "", a.StartOn?.ToString("yyyy-MM-dd") ?? "", a.DueOn?.ToString("yyyy-MM-dd") ?? "",
                a.LeadPartners ?? "", a.SupportPartners ?? "", a.LeadOfficer ?? "", a.EstimatedCostPence is { } c ? (c / 100m).ToString("0.##") : "",
                ActionStatuses.Find(a.Status)?.Name ?? a.Status, Rag.Words(Rag.ForAction(a.Status, a.DueOn, Today)), a.DependsOn ?? "", a.Milestones ?? "",
                a.Notes.OrderByDescending(n => n.On).FirstOrDefault()?.Text ?? "",
            ]).ToList());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPriorityAsync(int id)
    {
        if (await LoadAsync(id, manage: true) is { } refused)
        {
            return refused;
        }
        return await DoneAsync(await Store.AddPriorityAsync(Strategy, PriorityTitle, PrioritySector), "Priority added.");
    }

    public async Task<IActionResult> OnPostMemberAsync(int id)
    {
        if (await LoadAsync(id, manage: true) is { } refused)
        {
            return refused;
        }
        return await DoneAsync(await Store.AddMemberAsync(Strategy, MemberName, MemberOrganisation, MemberRole), "Added to the steering group.");
    }

    private async Task<IActionResult> DoneAsync(Core.Validation.FieldErrors errors, string notice)
    {
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            Plan = await Store.PlanAsync(Strategy);
            return Page();
        }
        Notice = notice;
        return Redirect(StrategyPath);
    }

    public IndicatorValue? Latest(SuccessIndicator indicator) => Plan.Values.Where(v => v.IndicatorId == indicator.Id).LastOrDefault();
}
