using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Your bookings, and a manager's bookings for their staff: cancel before the deadline, see certificates.</summary>
public sealed class BookingsModel(OneWorkforceDbContext db, TrainingBookings bookings, BookingMail mail, TimeProvider clock) : PageModel
{
    public sealed record Row(Booking Booking, CourseSession Session, Course Course, bool Mine, string? WhyNotCancellable);

    public IReadOnlyList<Row> Upcoming { get; private set; } = [];
    public IReadOnlyList<Row> Past { get; private set; } = [];
    public bool IsManager { get; private set; }
    public Booking? Done { get; private set; }
    public string? Message { get; private set; }

    private IQueryable<Booking> Visible(UserScope user)
    {
        var manager = user.OrganisationId is { } org && AccessRules.CanBookForStaffOf(user, org);
        return db.Bookings.Where(b => b.AttendeeUserId == user.UserId || b.BookedByUserId == user.UserId || (manager && b.WorkerId != null && b.OrganisationId == user.OrganisationId));
    }

    public async Task OnGetAsync(long? done, string? message)
    {
        var user = User.Scope();
        IsManager = user.OrganisationId is { } org && AccessRules.CanBookForStaffOf(user, org);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from b in Visible(user).AsNoTracking()
                          join s in db.CourseSessions on b.SessionId equals s.Id
                          join c in db.Courses on s.CourseId equals c.Id
                          orderby s.StartsAt
                          select new { b, s, c }).ToListAsync();
        var all = rows.Select(r => new Row(r.b, r.s, r.c, r.b.AttendeeUserId == user.UserId, BookingRules.WhyNotCancellable(r.b, r.s, now))).ToList();
        Upcoming = all.Where(r => r.Session.EndsAt >= now && r.Booking.Status != TrainingCodes.BookingStatus.Cancelled).ToList();
        Past = all.Where(r => r.Session.EndsAt < now || r.Booking.Status == TrainingCodes.BookingStatus.Cancelled).OrderByDescending(r => r.Session.StartsAt).ToList();
        Done = done is { } id ? all.FirstOrDefault(r => r.Booking.Id == id)?.Booking : null;
        Message = message switch
        {
            "cancelled" => "The booking has been cancelled.",
            "promoted" => "The booking has been cancelled and the place given to the next person on the waiting list.",
            _ => message is null ? null : "The booking could not be cancelled.",
        };
    }

    public async Task<IActionResult> OnPostCancelAsync(long booking)
    {
        var user = User.Scope();
        if (!await Visible(user).AnyAsync(b => b.Id == booking))
        {
            return NotFound();
        }
        var result = await bookings.CancelAsync(booking);
        if (result.Message is not null)
        {
            TempData["problem"] = result.Message;
            return Redirect("/training/bookings?message=problem");
        }
        if (result.Promoted is not null)
        {
            await mail.SendAsync(result.Promoted, "promoted");
        }
        return Redirect($"/training/bookings?message={(result.Promoted is null ? "cancelled" : "promoted")}");
    }
}
