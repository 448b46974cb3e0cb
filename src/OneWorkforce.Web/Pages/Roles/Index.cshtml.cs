using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Roles;

/// <summary>The roles, grouped as core or wider workforce, or by their clusters under a chosen scheme.</summary>
public sealed class RoleListModel(OneWorkforceDbContext db, RoleQueries roleQueries) : PageModel
{
    public const string ByWorkforceType = "workforce-type";

    public sealed record RoleRow(int Id, string Code, string Title, string WorkforceType, IReadOnlyList<string> Sectors, int Qualifications);

    public sealed record RoleGroup(string Title, string? Hint, IReadOnlyList<RoleRow> Roles);

    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public IReadOnlyList<RoleGroup> Groups { get; private set; } = [];
    public IReadOnlyList<CodeListItem> Schemes { get; private set; } = [];

    /// <summary>How to group the roles: <see cref="ByWorkforceType"/> or a cluster scheme's code.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scheme { get; set; }

    public async Task OnGetAsync()
    {
        var roles = await db.WorkforceRoles.AsNoTracking().OrderBy(r => r.Title)
            .Select(r => new { r.Id, r.Code, r.Title, r.WorkforceType, Sectors = r.Sectors.Select(s => s.SectorCode).ToList(), Count = db.RoleQualifications.Count(l => l.RoleId == r.Id) })
            .ToListAsync();
        Roles = roles.Select(r => new RoleRow(r.Id, r.Code, r.Title, r.WorkforceType,
            r.Sectors.Select(WorkforceCodeLists.WorkforceSectors.LabelOf).ToList(), r.Count)).ToList();
        var schemes = await roleQueries.SchemesAsync();
        Schemes = [new(ByWorkforceType, "Core or wider workforce"), .. schemes.Select(s => new CodeListItem(s.Code, s.Title, s.Description))];
        var scheme = schemes.FirstOrDefault(s => s.Code == Scheme);
        if (scheme is null)
        {
            Scheme = ByWorkforceType;
            Groups = WorkforceCodeLists.WorkforceTypes.Items
                .Select(t => new RoleGroup(t.Label, t.Hint, Roles.Where(r => r.WorkforceType == t.Code).ToList())).ToList();
            return;
        }
        var clusters = await roleQueries.ClustersAsync(scheme.Code);
        Groups = Roles.GroupBy(r => clusters.GetValueOrDefault(r.Id) ?? "Not yet in a cluster")
            .OrderBy(g => g.Key == "Not yet in a cluster").ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RoleGroup(g.Key, null, g.ToList())).ToList();
    }
}
