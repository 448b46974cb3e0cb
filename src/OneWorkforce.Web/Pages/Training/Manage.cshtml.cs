using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>The courses someone manages: a provider's own, every course of a lead's area, or all (the administrator).</summary>
public sealed class ManageModel(OneWorkforceDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Course Course, string Provider, int Upcoming, int Booked, int Waiting);

    public IReadOnlyList<Row> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.Scope();
        if (!AccessRules.CanAddCourses(user))
        {
            return Forbid();
        }
        var courses = db.Courses.AsNoTracking();
        if (!user.IsNationalAdministrator)
        {
            courses = user.IsIn(ServiceRoles.AreaLead)
                ? courses.Where(c => c.AreaId == user.AreaId)
                : courses.Where(c => c.ProviderOrganisationId == user.OrganisationId);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from c in courses
                          join o in db.Organisations on c.ProviderOrganisationId equals o.Id
                          orderby c.Title
                          select new
                          {
                              c,
                              o.Name,
                              Upcoming = db.CourseSessions.Count(s => s.CourseId == c.Id && s.StartsAt >= now && !s.Cancelled),
                              Booked = db.CourseSessions.Where(s => s.CourseId == c.Id && s.StartsAt >= now).Sum(s => (int?)s.PlacesTaken) ?? 0,
                              Waiting = db.Bookings.Count(b => b.Status == TrainingCodes.BookingStatus.Waiting && db.CourseSessions.Any(s => s.Id == b.SessionId && s.CourseId == c.Id && s.StartsAt >= now)),
                          }).ToListAsync();
        Courses = rows.Select(r => new Row(r.c, r.Name, r.Upcoming, r.Booked, r.Waiting)).ToList();
        return Page();
    }
}
