using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>An area lead's strategies (and the national ones to read); the national administrator's national strategies. A new one starts blank or from a seed template.</summary>
public sealed class IndexModel(StrategyStore store) : PageModel
{
    [BindProperty] public string? Template { get; set; } = StrategyTemplates.SectorSkillsAgreement;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int? StartYear { get; set; }
    [BindProperty] public int? EndYear { get; set; }

    public IReadOnlyList<WorkforceStrategy> Mine { get; private set; } = [];
    public IReadOnlyList<WorkforceStrategy> National { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public static IReadOnlyList<CodeListItem> TemplateChoices =>
    [
        .. StrategyTemplates.All.Select(t => new CodeListItem(t.Code, t.Name,
            $"{t.Priorities.Count} priorities, {t.Priorities.Sum(p => p.Actions.Count) + t.Actions.Count} actions, {t.StartYear}–{t.EndYear}")),
        new("blank", "Blank", "Write your own priorities and actions"),
    ];

    private int? Owner(UserScope user) => user.IsNationalAdministrator ? null : user.AreaId;

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (!user.IsNationalAdministrator && !(user.IsIn(ServiceRoles.AreaLead) && user.AreaId is not null))
        {
            return Forbid();
        }
        Mine = user.IsNationalAdministrator ? [] : await store.ListAsync(user.AreaId);
        National = await store.ListAsync(null);
        CanCreate = AccessRules.CanManageStrategiesOf(user, Owner(user));
        return null;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!CanCreate)
        {
            return Forbid();
        }
        var outcome = await store.CreateAsync(Owner(User.Scope()), new StrategyInput(Title, null, null, StartYear, EndYear, Template == "blank" ? null : Template));
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors, "");
            return Page();
        }
        TempData["Notice"] = $"'{outcome.Value!.Title}' started.";
        return Redirect($"/strategies/{outcome.Value.Id}");
    }
}
