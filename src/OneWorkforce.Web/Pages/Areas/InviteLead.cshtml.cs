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

namespace OneWorkforce.Web.Pages.Areas;

public sealed class InviteLeadModel(OneWorkforceDbContext db, AccountAdministration accounts) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public string AreaName { get; private set; } = "";
    public string AreaCode { get; private set; } = "";
    public string? SentTo { get; private set; }
    public InviteFormView Form => new(Input, [new CodeListItem(ServiceRoles.AreaLead, ServiceRoles.Label(ServiceRoles.AreaLead))]);

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await LoadAsync(code) is { } denied)
        {
            return denied;
        }
        var areaId = await db.Areas.Where(a => a.Code == AreaCode).Select(a => a.Id).SingleAsync();
        var outcome = await accounts.InviteAsync(new Invitation(Input.Email, Input.DisplayName, ServiceRoles.AreaLead, areaId, null));
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        SentTo = outcome.Value!.User.Email;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string code)
    {
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
        if (area is null)
        {
            return NotFound();
        }
        if (!AccessRules.CanInviteAreaLeads(User.Scope()))
        {
            return Forbid();
        }
        AreaName = area.Name;
        AreaCode = area.Code;
        return null;
    }
}
