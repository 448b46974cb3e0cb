using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Strategies;

/// <summary>
/// What the strategy pages share: the strategy, if the signed-in person may read it (another area's reads as not found),
/// and whether they may change it. Every change checks <see cref="CanManage"/> on the server.
/// </summary>
public abstract class StrategyPage(StrategyStore store) : PageModel
{
    public WorkforceStrategy Strategy { get; private set; } = null!;
    public bool CanManage { get; private set; }
    [TempData] public string? Notice { get; set; }

    protected StrategyStore Store => store;

    public string StrategyPath => $"/strategies/{Strategy.Id}";

    protected async Task<IActionResult?> LoadAsync(int id, bool manage = false)
    {
        var user = User.Scope();
        if (await store.FindByIdAsync(id) is not { } strategy || !AccessRules.CanViewStrategiesOf(user, strategy.AreaId))
        {
            return NotFound();
        }
        Strategy = strategy;
        CanManage = AccessRules.CanManageStrategiesOf(user, strategy.AreaId);
        return manage && !CanManage ? Forbid() : null;
    }

    protected string Actor => User.Identity?.Name ?? "unknown";
}
