using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Partners;

namespace OneWorkforce.Web.Pages.Directory;

/// <summary>The public partner directory: find organisations working with children, young people and families by words, area, kind, sector, district and ages.</summary>
public sealed class IndexModel(OneWorkforceDbContext db, PartnerDirectory directory) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? AgeRange { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DirectoryEntry> Results { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync()).Select(a => (a.Code, a.Name)).ToList();
        if (Area is not null && Areas.All(a => a.Code != Area))
        {
            ModelState.AddModelError(nameof(Area), "Choose an area from the list");
            Area = null;
        }
        Districts = Area is null ? [] : (await db.Districts.AsNoTracking().Where(d => db.Areas.Any(a => a.Id == d.AreaId && a.Code == Area)).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync())
            .Select(d => (d.Id, d.Name)).ToList();
        if (Category is not null && !WorkforceCodeLists.OrganisationCategories.Contains(Category)) { ModelState.AddModelError(nameof(Category), "Choose a kind of organisation from the list"); Category = null; }
        if (Sector is not null && !WorkforceCodeLists.WorkforceSectors.Contains(Sector)) { ModelState.AddModelError(nameof(Sector), "Choose a workforce sector from the list"); Sector = null; }
        if (AgeRange is not null && !WorkforceCodes.AgeRanges.Contains(AgeRange)) { ModelState.AddModelError(nameof(AgeRange), "Choose ages from the list"); AgeRange = null; }
        if (District is { } d && Districts.All(x => x.Id != d)) { District = null; }
        PageNumber = Math.Max(1, PageNumber);
        (Results, Total) = await directory.SearchAsync(new DirectoryFilter(Area, Q, Category, Sector, District, AgeRange), (PageNumber - 1) * PageSize, PageSize);
        return Page();
    }

    public string PageLink(int page) =>
        "/directory?" + string.Join("&", new (string, string?)[] { ("Q", Q), ("Area", Area), ("Category", Category), ("Sector", Sector), ("District", District?.ToString()), ("AgeRange", AgeRange), ("page", page.ToString()) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
