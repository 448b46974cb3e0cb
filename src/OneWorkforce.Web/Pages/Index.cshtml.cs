using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Data;

namespace OneWorkforce.Web.Pages;

public sealed class IndexModel(OneWorkforceDbContext db) : PageModel
{
    public int Roles { get; private set; }
    public int Sectors { get; private set; }
    public int Arcs { get; private set; }
    public int Stages { get; private set; }
    public int CommonCoreAreas { get; private set; }
    public int Qualifications { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = await db.WorkforceRoles.CountAsync();
        Sectors = await db.CodeEntries.CountAsync(e => e.List == "workforce-sectors");
        Arcs = await db.Arcs.CountAsync();
        Stages = await db.Stages.CountAsync();
        Qualifications = await db.Qualifications.CountAsync();
        CommonCoreAreas = await db.FrameworkAreas.CountAsync(a => a.Framework!.Code == "common-core" && a.Framework.Version == "2010");
    }
}
