using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>"What is my next step?": routes from qualifications held to a qualification or a role.</summary>
public sealed class ProgressionModel(ProgressionQueries progression, OneWorkforceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<ProgressionRoute> Routes { get; private set; } = [];
    public IReadOnlyList<(string Code, string Title)> RoleChoices { get; private set; } = [];
    /// <summary>A submitted question; a link that only fills in a field (?from=… or ?role=…) opens the form ready to finish.</summary>
    public bool Asked => Request.Query.ContainsKey(nameof(From)) && (Request.Query.ContainsKey(nameof(To)) || Request.Query.ContainsKey(nameof(Role)));

    public async Task OnGetAsync()
    {
        RoleChoices = (await db.WorkforceRoles.AsNoTracking().OrderBy(r => r.Title).Select(r => new { r.Code, r.Title }).ToListAsync())
            .Select(r => (r.Code, r.Title)).ToList();
        if (!Asked)
        {
            return;
        }
        var (routes, errors) = await progression.FindAsync((From ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries),
            string.IsNullOrWhiteSpace(To) ? null : To, string.IsNullOrWhiteSpace(Role) ? null : Role);
        foreach (var (field, message) in errors.All)
        {
            ModelState.AddModelError(field == "from" ? nameof(From) : nameof(To), message);
        }
        Routes = routes;
    }
}
