using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Data;
using OneWorkforce.Data.Partners;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.News;

/// <summary>Ask for an area's workforce development news: an email address (and a name if you like), confirmed from the email sent.</summary>
public sealed class IndexModel(OneWorkforceDbContext db, WorkforceNews news) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }

    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var area = await db.Areas.AsNoTracking().Where(a => a.Code == Area).Select(a => (int?)a.Id).SingleOrDefaultAsync();
        if (area is null)
        {
            ModelState.AddModelError(nameof(Area), "Choose your area from the list");
        }
        var errors = area is { } id ? await news.SubscribeAsync(id, Email, Name) : Core.Partners.NewsRules.CheckSubscription(Email, Name);
        ModelState.AddFieldErrors(errors, "");
        return ModelState.IsValid ? Redirect("/news?Sent=true") : Page();
    }

    private async Task LoadAsync() =>
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync()).Select(a => (a.Code, a.Name)).ToList();
}
