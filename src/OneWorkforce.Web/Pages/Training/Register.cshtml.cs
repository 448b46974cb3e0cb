using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>The provider's register for a session: who is booked, the waiting list, and marking who came (which issues certificates and training records).</summary>
public sealed class RegisterModel(OneWorkforceDbContext db, TrainingBookings bookings, BookingMail mail, TrainingEvaluations evaluations, TimeProvider clock) : PageModel
{
    [BindProperty] public List<long> Attended { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Notice { get; set; }
    /// <summary>How many people who came were just sent the feedback form.</summary>
    public int FeedbackRequested { get; private set; }

    public CourseSession Session { get; private set; } = null!;
    public IReadOnlyList<Booking> Places { get; private set; } = [];
    public IReadOnlyList<Booking> Waiting { get; private set; } = [];
    public bool CanMark { get; private set; }
    public AttendanceResult? Marked { get; private set; }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var session = await db.CourseSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return NotFound();
        }
        if (!AccessRules.CanManageCourse(User.Scope(), session.Course!.AreaId, session.Course.ProviderOrganisationId))
        {
            return Forbid();
        }
        Session = session;
        var all = await db.Bookings.AsNoTracking().Where(b => b.SessionId == id).OrderBy(b => b.StatusChangedAt).ThenBy(b => b.Id).ToListAsync();
        Places = all.Where(b => b.Status is TrainingCodes.BookingStatus.Booked or TrainingCodes.BookingStatus.Attended or TrainingCodes.BookingStatus.Absent)
            .OrderBy(b => b.AttendeeName).ToList();
        Waiting = all.Where(b => b.Status == TrainingCodes.BookingStatus.Waiting).ToList();
        CanMark = BookingRules.CanMarkAttendance(session, clock.GetUtcNow().UtcDateTime);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    /// <summary>Calls the session off, cancels every booking and waiting-list place, and emails each person why.</summary>
    public async Task<IActionResult> OnPostCancelSessionAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var (cancelled, problem) = await bookings.CancelSessionAsync(id, Reason);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Reason), problem);
            return Page();
        }
        foreach (var booking in cancelled)
        {
            await mail.SendAsync(booking, "session-cancelled", Reason);
        }
        Notice = $"Session cancelled. {cancelled.Count} {(cancelled.Count == 1 ? "person was" : "people were")} told by email where they gave an address.";
        return Redirect($"/training/sessions/{id}/register");
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!CanMark)
        {
            ModelState.AddModelError(nameof(Attended), "Attendance can be marked once the session has started");
            return Page();
        }
        var marks = Places.ToDictionary(b => b.Id, b => Attended.Contains(b.Id));
        Marked = await bookings.MarkAttendanceAsync(id, marks);
        if (Marked.Problem is null)
        {
            FeedbackRequested = await evaluations.RequestFeedbackAsync(id);
        }
        await LoadAsync(id);
        return Page();
    }
}
