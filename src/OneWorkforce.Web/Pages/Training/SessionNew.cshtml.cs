using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Add a session to a course: date, UK times, venue and district, step-free access, places and deadlines.</summary>
public sealed class SessionNewModel(OneWorkforceDbContext db, CourseAdministration courses) : PageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Starts { get; set; }
    [BindProperty] public string? Ends { get; set; }
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public int? District { get; set; }
    [BindProperty] public bool StepFreeAccess { get; set; }
    [BindProperty] public string? Capacity { get; set; }
    [BindProperty] public string? BookingClosesDaysBefore { get; set; } = "3";
    [BindProperty] public string? CancelDaysBefore { get; set; } = "7";

    public Course Course { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Districts { get; private set; } = [];

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (course is null)
        {
            return NotFound();
        }
        if (!AccessRules.CanManageCourse(User.Scope(), course.AreaId, course.ProviderOrganisationId))
        {
            return Forbid();
        }
        Course = course;
        Districts = (await db.Districts.AsNoTracking().Where(d => d.AreaId == course.AreaId).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync())
            .Select(d => (d.Id, d.Name)).ToList();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var input = new SessionInput
        {
            Day = Date.Day, Month = Date.Month, Year = Date.Year, Starts = Starts, Ends = Ends, Venue = Venue, DistrictId = District,
            StepFreeAccess = StepFreeAccess, Capacity = Capacity, BookingClosesDaysBefore = BookingClosesDaysBefore, CancelDaysBefore = CancelDaysBefore,
        };
        var (session, errors) = await courses.AddSessionAsync(id, input);
        if (session is null)
        {
            foreach (var (field, message) in errors.All)
            {
                ModelState.AddModelError(field switch { "Day" => "Date", "DistrictId" => "District", _ => field }, message);
            }
            return Page();
        }
        return Redirect($"/training/courses/{id}#session-{session.Id}");
    }
}
