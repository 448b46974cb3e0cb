using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Events;

/// <summary>
/// The area's rolling programme of workforce development events (seed 000 recommendation 1: half-day workshops and
/// forums around the county): what is coming up, where, and places left. Booking and registers are the training offer's.
/// </summary>
public sealed class IndexModel(OneWorkforceDbContext db, CourseCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];
    public IReadOnlyList<SessionListing> Events { get; private set; } = [];
    public int Total { get; private set; }
    public bool CanAdd { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync()).Select(a => (a.Code, a.Name)).ToList();
        var user = User.Scope();
        if (Area is null && user.AreaId is { } mine)
        {
            Area = await db.Areas.Where(a => a.Id == mine).Select(a => a.Code).SingleOrDefaultAsync();
        }
        if (Area is not null && Areas.All(a => a.Code != Area))
        {
            ModelState.AddModelError(nameof(Area), "Choose an area from the list");
            Area = null;
        }
        (Events, Total) = await catalogue.SessionsAsync(new CourseFilter { Kind = Course.Event, Area = Area }, 0, 100);
        CanAdd = user.UserId is not null && AccessRules.CanAddCourses(user);
        return Page();
    }
}
