using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Data;

namespace OneWorkforce.Web.Pages.Admin;

public sealed class AdminAreasModel(OneWorkforceDbContext db) : PageModel
{
    public sealed record Row(string Code, string Name, int Districts, int Organisations);

    public IReadOnlyList<Row> Areas { get; private set; } = [];

    public async Task OnGetAsync() =>
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Row(a.Code, a.Name, a.Districts.Count, a.Organisations.Count)).ToListAsync();
}
