using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Book a place on a session: for yourself, or (a manager) for someone in your organisation. A full session puts the person on the waiting list.</summary>
public sealed class BookModel(OneWorkforceDbContext db, TrainingBookings bookings, BookingMail mail, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    [BindProperty] public string? For { get; set; }
    [BindProperty] public string? Staff { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }

    public CourseSession Session { get; private set; } = null!;
    public string ProviderName { get; private set; } = "";
    public bool IsManager { get; private set; }
    public IReadOnlyList<Worker> People { get; private set; } = [];
    public string? NotBookable { get; private set; }

    private async Task<bool> LoadAsync(int id)
    {
        var session = await db.CourseSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id);
        if (session?.Course is not { Published: true })
        {
            return false;
        }
        Session = session;
        ProviderName = await db.Organisations.Where(o => o.Id == session.Course.ProviderOrganisationId).Select(o => o.Name).SingleAsync();
        var user = User.Scope();
        IsManager = user.OrganisationId is { } org && AccessRules.CanBookForStaffOf(user, org);
        if (IsManager)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            People = await db.Workers.AsNoTracking()
                .Where(w => w.OrganisationId == user.OrganisationId && w.StartDate <= today.AddDays(90) && (w.LeavingDate == null || w.LeavingDate > today))
                .OrderBy(w => w.StaffReference).ToListAsync();
        }
        NotBookable = BookingRules.WhyNotBookable(session, clock.GetUtcNow().UtcDateTime);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var me = await users.GetUserAsync(User);
        Name = me?.DisplayName;
        Email = me?.Email;
        For = IsManager ? null : "self";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (NotBookable is not null)
        {
            return Page();
        }
        var user = User.Scope();
        var me = await users.GetUserAsync(User);
        if (me is null)
        {
            return Challenge();
        }
        if (!IsManager)
        {
            For = "self";
        }
        Attendee? attendee = null;
        if (For is not ("self" or "staff"))
        {
            ModelState.AddModelError(nameof(For), "Select who the place is for");
        }
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Name), "Enter the name to show the trainer and print on the certificate, up to 200 characters");
        }
        if (!string.IsNullOrWhiteSpace(Email) && (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(Email.Trim()) || Email.Trim().Length > 256))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.org, or leave it blank");
        }
        if (For == "staff")
        {
            var worker = People.FirstOrDefault(w => w.StaffReference == Staff);
            if (worker is null)
            {
                ModelState.AddModelError(nameof(Staff), "Select the person from your organisation's staff list");
            }
            else if (ModelState.IsValid)
            {
                attendee = Attendee.ForWorker(worker, Name!.Trim(), string.IsNullOrWhiteSpace(Email) ? null : Email.Trim());
            }
        }
        else if (For == "self" && ModelState.IsValid)
        {
            attendee = Attendee.ForUser(me.Id, Name!.Trim(), string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), me.OrganisationId, me.WorkerId);
        }
        if (attendee is null || !ModelState.IsValid)
        {
            return Page();
        }
        var result = await bookings.BookAsync(id, attendee, user.UserId);
        switch (result.Outcome)
        {
            case BookingOutcome.Booked or BookingOutcome.Waiting:
                await mail.SendAsync(result.Booking!, result.Outcome == BookingOutcome.Booked ? "booked" : "waiting");
                return Redirect($"/training/bookings?done={result.Booking!.Id}");
            case BookingOutcome.NotBookable:
                NotBookable = result.Message;
                return Page();
            default:
                ModelState.AddModelError(For == "staff" ? nameof(Staff) : nameof(For), result.Message!);
                return Page();
        }
    }
}
