using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;

namespace OneWorkforce.Web.Pages.Roles;

public sealed class RoleListModel(OneWorkforceDbContext db) : PageModel
{
    public sealed record RoleRow(string Code, string Title, string WorkforceType, IReadOnlyList<string> Sectors, int Qualifications);

    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var roles = await db.WorkforceRoles.AsNoTracking().OrderBy(r => r.Title)
            .Select(r => new { r.Code, r.Title, r.WorkforceType, Sectors = r.Sectors.Select(s => s.SectorCode).ToList(), Count = db.RoleQualifications.Count(l => l.RoleId == r.Id) })
            .ToListAsync();
        Roles = roles.Select(r => new RoleRow(r.Code, r.Title, r.WorkforceType,
            r.Sectors.Select(WorkforceCodeLists.WorkforceSectors.LabelOf).ToList(), r.Count)).ToList();
    }
}
