using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Pages.Shared;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Organisations;

/// <summary>An area lead invites an organisation's managers; a manager invites their staff.</summary>
public sealed class OrganisationInviteModel(OneWorkforceDbContext db, AccountAdministration accounts) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public int OrganisationId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string? SentTo { get; private set; }
    private int _areaId;
    private IReadOnlyList<string> _roles = [];

    public InviteFormView Form => new(Input, _roles.Select(r => new CodeListItem(r, ServiceRoles.Label(r))).ToList());

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null)
        {
            return denied;
        }
        Input.Role ??= _roles[0];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (Input.Role is null || !_roles.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Select a role");
            return Page();
        }
        var outcome = await accounts.InviteAsync(new Invitation(Input.Email, Input.DisplayName, Input.Role, _areaId, id));
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        SentTo = outcome.Value!.User.Email;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
        {
            return NotFound();
        }
        _roles = AccessRules.RolesInvitableTo(User.Scope(), organisation.AreaId, id);
        if (_roles.Count == 0)
        {
            return Forbid();
        }
        OrganisationId = id;
        OrganisationName = organisation.Name;
        _areaId = organisation.AreaId;
        return null;
    }
}
