using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Roles;

/// <summary>A role: its clusters, what it asks of people coming in (nationally and where areas differ), its qualifications, and the routes in and onwards.</summary>
public sealed class RoleShowModel(OneWorkforceDbContext db, StructureQueries structures, RoleQueries roles) : PageModel
{
    public Role Role { get; private set; } = null!;
    public IReadOnlyList<RoleLinkView> Links { get; private set; } = [];
    public IReadOnlyList<RoleClusterView> Clusters { get; private set; } = [];
    public IReadOnlyList<RequirementView> Requirements { get; private set; } = [];
    public IReadOnlyList<RoleRoute> RoutesIn { get; private set; } = [];
    public IReadOnlyList<RoleRoute> RoutesOnward { get; private set; } = [];

    /// <summary>The reference of a qualification to check against the entry requirement.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Check { get; set; }

    /// <summary>The ONS code of the area whose requirement applies; empty for the national one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public RequirementCheck? CheckResult { get; private set; }
    public HeldQualification? Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var role = await db.WorkforceRoles.AsNoTracking().Include(r => r.Sectors).SingleOrDefaultAsync(r => r.Code == code.ToLower());
        if (role is null)
        {
            return NotFound();
        }
        Role = role;
        Links = await structures.QualificationsOfRoleAsync(role.Id);
        Clusters = await roles.ClustersOfRoleAsync(role.Id);
        Requirements = await roles.RequirementsAsync(role.Id);
        if (!string.IsNullOrWhiteSpace(Area) && Requirements.All(r => r.AreaCode != Area.Trim().ToUpperInvariant()))
        {
            Area = null; // no variation there: the national requirement applies
        }
        var summaries = await roles.SummariesAsync(Area?.Trim().ToUpperInvariant());
        var self = summaries.Single(s => s.Code == role.Code);
        RoutesOnward = RoleRoutes.Onward(self, summaries);
        RoutesIn = RoleRoutes.Into(self, summaries);
        if (Check is not null)
        {
            await CheckQualificationAsync(self);
        }
        return Page();
    }

    private async Task CheckQualificationAsync(RoleSummary self)
    {
        var reference = Check!.Trim().ToUpperInvariant();
        if (reference.Length == 0)
        {
            ModelState.AddModelError(nameof(Check), "Enter the reference of the qualification to check, such as EYQ-247");
            return;
        }
        var found = await db.Qualifications.AsNoTracking().Where(q => q.Reference == reference)
            .Select(q => new HeldQualification(q.Reference, q.Title, q.LevelCode)).SingleOrDefaultAsync();
        if (found is null)
        {
            ModelState.AddModelError(nameof(Check), $"There is no qualification {reference}. Find its reference by searching for the qualification");
            return;
        }
        if (self.Requirement is null)
        {
            ModelState.AddModelError(nameof(Check), "This role has no recorded entry requirement to check against");
            return;
        }
        Checked = found;
        CheckResult = RoleRoutes.Check(self.Requirement, found, Links.Where(l => l.Significance == RoleQualification.Significant).Select(l => l.QualificationReference).ToHashSet());
    }
}
