using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Audit;
using OneWorkforce.Data;
using OneWorkforce.Web.Api;

namespace OneWorkforce.Web.Pages.Admin;

public sealed class AuditModel(OneWorkforceDbContext db) : PageModel
{
    public sealed class AuditFilterForm
    {
        public string? Actor { get; set; }
        public string? Action { get; set; }
        public string? EntityType { get; set; }
        public string? EntityId { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public AuditFilterForm Filter { get; set; } = new();

    public int Total { get; private set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = AuditQuery.Filter(db, new AuditFilter(Filter.EntityType, Filter.EntityId, Filter.Action, Filter.Actor));
        Total = await query.CountAsync();
        Entries = await query.Take(200).ToListAsync();
    }
}
