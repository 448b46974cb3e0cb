using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Roles;

public sealed class RoleShowModel(OneWorkforceDbContext db, StructureQueries structures) : PageModel
{
    public Role Role { get; private set; } = null!;
    public IReadOnlyList<RoleLinkView> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var role = await db.WorkforceRoles.AsNoTracking().Include(r => r.Sectors).SingleOrDefaultAsync(r => r.Code == code.ToLower());
        if (role is null)
        {
            return NotFound();
        }
        Role = role;
        Links = await structures.QualificationsOfRoleAsync(role.Id);
        return Page();
    }
}
