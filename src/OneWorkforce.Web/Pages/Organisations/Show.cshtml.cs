using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Organisations;

/// <summary>An organisation's page. Its managers see everyone with an account; the area's leads see only its managers.</summary>
public sealed class OrganisationShowModel(OneWorkforceDbContext db) : PageModel
{
    public sealed record Person(string Name, string Role, bool Invited);

    public Organisation Organisation { get; private set; } = null!;
    public string AreaName { get; private set; } = "";
    public IReadOnlyList<Person> People { get; private set; } = [];
    public bool ShowsEveryone { get; private set; }
    public bool CanInvite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Categories).Include(o => o.Area).SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
        {
            return NotFound();
        }
        var scope = User.Scope();
        if (!AccessRules.CanViewOrganisation(scope, organisation.AreaId, organisation.Id))
        {
            return Forbid();
        }
        Organisation = organisation;
        AreaName = organisation.Area!.Name;
        ShowsEveryone = AccessRules.CanManagePeopleOf(scope, id);
        CanInvite = AccessRules.RolesInvitableTo(scope, organisation.AreaId, id).Count > 0;
        var people = await db.Users.AsNoTracking().Where(u => u.OrganisationId == id)
            .Select(u => new
            {
                u.DisplayName,
                Invited = u.PasswordHash == null,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .OrderBy(p => p.DisplayName).ToListAsync();
        People = people
            .Where(p => ShowsEveryone || p.Role == ServiceRoles.OrganisationManager)
            .Select(p => new Person(p.DisplayName, p.Role ?? "", p.Invited)).ToList();
        return Page();
    }
}
