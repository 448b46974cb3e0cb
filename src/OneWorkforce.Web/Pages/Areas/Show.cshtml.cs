using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Areas;

public sealed class AreaShowModel(OneWorkforceDbContext db) : PageModel
{
    public Area Area { get; private set; } = null!;
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<string> Leads { get; private set; } = [];
    public bool CanAddOrganisations { get; private set; }
    public bool CanInviteLeads { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var scope = User.Scope();
        if (code == "mine")
        {
            var mine = scope.AreaId is null ? null : await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == scope.AreaId);
            return mine is null ? NotFound() : Redirect($"/areas/{mine.Code}");
        }
        var area = await db.Areas.AsNoTracking().Include(a => a.Districts).SingleOrDefaultAsync(a => a.Code == code.ToUpper());
        if (area is null)
        {
            return NotFound();
        }
        if (!AccessRules.CanViewArea(scope, area.Id))
        {
            return Forbid();
        }
        Area = area;
        Organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaId == area.Id).OrderBy(o => o.Name).ToListAsync();
        Leads = await db.Users.AsNoTracking()
            .Where(u => u.AreaId == area.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == ServiceRoles.AreaLead)))
            .OrderBy(u => u.DisplayName).Select(u => u.DisplayName + (u.PasswordHash == null ? " (invited)" : "")).ToListAsync();
        CanAddOrganisations = AccessRules.CanManageOrganisationsIn(scope, area.Id);
        CanInviteLeads = AccessRules.CanInviteAreaLeads(scope);
        return Page();
    }
}
