using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>The list of intelligence reports for a scope (a manager's organisation, a lead's area, or all areas).</summary>
public sealed class WorkforceReportsModel(OneWorkforceDbContext db, IOptions<WorkforceSettings> settings, WorkforceSnapshots snapshots, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? AsAt { get; set; }

    public ReportScope Scope { get; private set; } = null!;
    public int Threshold => settings.Value.DisclosureThreshold;
    public int? OwnOrganisation { get; private set; }
    public bool CanTakeSnapshot { get; private set; }
    public IReadOnlyList<(DateOnly TakenOn, string Label)> Snapshots { get; private set; } = [];
    public bool Taken { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.Scope();
        var (scope, notFound) = await ReportScope.ResolveAsync(db, user, Area, Organisation, District, Sector, Category, AsAt, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (scope is null)
        {
            return notFound is null ? Forbid() : NotFound(notFound);
        }
        Scope = scope;
        OwnOrganisation = user.IsIn(ServiceRoles.OrganisationManager) ? user.OrganisationId : null;
        CanTakeSnapshot = scope.Filter.AreaId is { } area && scope.Filter.OrganisationId is null && AccessRules.CanManageOrganisationsIn(user, area);
        if (scope.Filter.AreaId is { } areaId)
        {
            Snapshots = (await db.WorkforceSnapshots.AsNoTracking().Where(s => s.AreaId == areaId).OrderBy(s => s.TakenOn).Select(s => new { s.TakenOn, s.Label }).ToListAsync())
                .Select(s => (s.TakenOn, s.Label)).ToList();
        }
        Taken = Request.Query.ContainsKey("taken");
        return Page();
    }

    /// <summary>An area lead records today's figures as a snapshot, so the trend shows them later as they are now.</summary>
    public async Task<IActionResult> OnPostSnapshotAsync()
    {
        var user = User.Scope();
        if (user.AreaId is not { } area || !AccessRules.CanManageOrganisationsIn(user, area))
        {
            return Forbid();
        }
        await snapshots.TakeAsync(area, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null);
        return Redirect("/workforce/reports?taken=1");
    }
}
