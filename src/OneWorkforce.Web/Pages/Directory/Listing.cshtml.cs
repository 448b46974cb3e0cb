using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Data.Partners;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Directory;

/// <summary>One organisation's public listing; its own managers and its area's lead also see it before it is approved.</summary>
public sealed class ListingModel(OneWorkforceDbContext db, PartnerDirectory directory) : PageModel
{
    public DirectoryEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var user = User.Scope();
        var areaId = await db.Organisations.Where(o => o.Id == id).Select(o => (int?)o.AreaId).SingleOrDefaultAsync();
        var ownOrLead = areaId is { } area && (AccessRules.CanManagePeopleOf(user, id) || AccessRules.CanManageOrganisationsIn(user, area));
        if (await directory.FindAsync(id, anyStatus: ownOrLead) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        return Page();
    }
}
