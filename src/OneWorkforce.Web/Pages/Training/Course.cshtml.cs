using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>A course: who it is for, what it counts towards, its sessions with places left, booking and calendar links.</summary>
public sealed class CourseModel(CourseCatalogue catalogue, OneWorkforceDbContext db, TimeProvider clock) : PageModel
{
    public Course Course { get; private set; } = null!;
    public string ProviderName { get; private set; } = "";
    public IReadOnlyList<SessionListing> Sessions { get; private set; } = [];
    public bool CanManage { get; private set; }
    public string? QualificationTitle { get; private set; }
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var user = User.Scope();
        var found = await catalogue.CourseAsync(id, includePast: false);
        if (found is not { } course)
        {
            return NotFound();
        }
        CanManage = AccessRules.CanManageCourse(user, course.Course.AreaId, course.Course.ProviderOrganisationId);
        if (!course.Course.Published && !CanManage)
        {
            return NotFound();
        }
        (Course, ProviderName, Sessions) = course;
        if (CanManage)
        {
            Sessions = (await catalogue.CourseAsync(id, includePast: true))!.Value.Sessions;
        }
        if (Course.QualificationId is { } q)
        {
            QualificationTitle = await db.Qualifications.Where(x => x.Id == q).Select(x => x.Title).SingleOrDefaultAsync();
        }
        Now = clock.GetUtcNow().UtcDateTime;
        return Page();
    }

    public string? WhyNotBookable(SessionListing s) => BookingRules.WhyNotBookable(
        new CourseSession { StartsAt = s.StartsAt, BookingDeadline = s.BookingDeadline, Capacity = s.Capacity, PlacesTaken = s.PlacesTaken }, Now);
}
