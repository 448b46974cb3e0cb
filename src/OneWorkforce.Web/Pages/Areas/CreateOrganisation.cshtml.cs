using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Areas;

public sealed class CreateOrganisationModel(OneWorkforceDbContext db, AreaAdministration areas) : PageModel
{
    public sealed class OrganisationForm
    {
        public string? Name { get; set; }
        public string? Reference { get; set; }
        public string? EmployerSector { get; set; }
        public List<string> Categories { get; set; } = [];
    }

    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public string AreaName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code) => await FindAreaAsync(code) is { } result && result.Area is not null ? Page() : result.Denied!;

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var (area, denied) = await FindAreaAsync(code);
        if (area is null)
        {
            return denied!;
        }
        var outcome = await areas.CreateOrganisationAsync(area.Id, new OrganisationInput(Input.Name, Input.Reference, Input.EmployerSector, Input.Categories));
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        return Redirect($"/organisations/{outcome.Value!.Id}");
    }

    private async Task<(Area? Area, IActionResult? Denied)> FindAreaAsync(string code)
    {
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
        if (area is null)
        {
            return (null, NotFound());
        }
        if (!AccessRules.CanManageOrganisationsIn(User.Scope(), area.Id))
        {
            return (null, Forbid());
        }
        AreaName = area.Name;
        return (area, null);
    }
}
