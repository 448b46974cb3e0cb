using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Audit;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>
/// Training records: a manager's view of their team (everyone in post, how much training each holds, what has run out
/// or runs out within 90 days) and one person's records; a practitioner sees their own. Every view is audited.
/// </summary>
public sealed class RecordsModel(OneWorkforceDbContext db, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record TeamRow(string StaffReference, string Role, int Records, int Expired, int ExpiringSoon, DateOnly? LastCompleted);

    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }

    public IReadOnlyList<TeamRow> Team { get; private set; } = [];
    public Worker? Person { get; private set; }
    public IReadOnlyList<TrainingRecord> Records { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool IsManager { get; private set; }
    /// <summary>For a manager looking at one person: the organisation's accounts that are free to link, and the one linked (if any).</summary>
    public IReadOnlyList<(string Id, string Name)> Accounts { get; private set; } = [];
    public string? LinkedAccount { get; private set; }
    [BindProperty] public string? Account { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.Scope();
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IsManager = user.OrganisationId is { } org && AccessRules.CanManagePeopleOf(user, org);
        if (IsManager && Staff is null)
        {
            var people = await db.Workers.AsNoTracking()
                .Where(w => w.OrganisationId == user.OrganisationId && w.StartDate <= Today && (w.LeavingDate == null || w.LeavingDate > Today))
                .OrderBy(w => w.StaffReference).Select(w => new { w.Id, w.StaffReference, w.Role }).ToListAsync();
            var soon = Today.AddDays(90);
            var counts = await db.TrainingRecords.AsNoTracking().Where(t => t.OrganisationId == user.OrganisationId)
                .GroupBy(t => t.WorkerId)
                .Select(g => new
                {
                    g.Key,
                    Records = g.Count(),
                    Expired = g.Count(t => t.ExpiresOn != null && t.ExpiresOn <= Today),
                    Soon = g.Count(t => t.ExpiresOn != null && t.ExpiresOn > Today && t.ExpiresOn <= soon),
                    Last = g.Max(t => (DateOnly?)t.CompletedOn),
                }).ToDictionaryAsync(x => x.Key);
            Team = people.Select(p => counts.TryGetValue(p.Id, out var c)
                ? new TeamRow(p.StaffReference, p.Role, c.Records, c.Expired, c.Soon, c.Last)
                : new TeamRow(p.StaffReference, p.Role, 0, 0, 0, null)).ToList();
            audit.Record("training-records-view", "Organisation", user.OrganisationId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                organisationId: user.OrganisationId);
            await db.SaveChangesAsync();
            return Page();
        }
        if (IsManager)
        {
            Person = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.OrganisationId == user.OrganisationId && w.StaffReference == Staff);
        }
        else
        {
            var me = await users.GetUserAsync(User);
            Person = me?.WorkerId is { } workerId ? await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId) : null;
        }
        if (Person is null)
        {
            return IsManager ? NotFound() : Page();
        }
        Records = await db.TrainingRecords.AsNoTracking().Where(t => t.WorkerId == Person.Id).OrderByDescending(t => t.CompletedOn).ToListAsync();
        if (IsManager)
        {
            var accounts = await db.Users.AsNoTracking().Where(u => u.OrganisationId == user.OrganisationId && (u.WorkerId == null || u.WorkerId == Person.Id))
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email, u.WorkerId }).ToListAsync();
            Accounts = accounts.Where(a => a.WorkerId == null).Select(a => (a.Id, $"{a.DisplayName} ({a.Email})")).ToList();
            LinkedAccount = accounts.Where(a => a.WorkerId == Person.Id).Select(a => $"{a.DisplayName} ({a.Email})").FirstOrDefault();
        }
        audit.Record("training-records-view", "Worker", Person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organisationId: Person.OrganisationId);
        await db.SaveChangesAsync();
        return Page();
    }

    /// <summary>
    /// A manager links one of their organisation's accounts to this person's record (so the person sees their own training
    /// and needs and gets reminders), or unlinks it with an empty choice. Audited.
    /// </summary>
    public async Task<IActionResult> OnPostLinkAsync()
    {
        var user = User.Scope();
        if (user.OrganisationId is not { } organisation || !AccessRules.CanManagePeopleOf(user, organisation))
        {
            return Forbid();
        }
        var person = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.OrganisationId == organisation && w.StaffReference == Staff);
        if (person is null)
        {
            return NotFound();
        }
        var linked = await db.Users.Where(u => u.OrganisationId == organisation && u.WorkerId == person.Id).ToListAsync();
        foreach (var previous in linked)
        {
            previous.WorkerId = null;
        }
        if (!string.IsNullOrEmpty(Account))
        {
            var account = await db.Users.SingleOrDefaultAsync(u => u.Id == Account && u.OrganisationId == organisation && u.WorkerId == null);
            if (account is null)
            {
                return BadRequest("Choose an account of your organisation that is not linked to anyone else.");
            }
            account.WorkerId = person.Id;
        }
        audit.Record("account-link", "Worker", person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["account"] = new(linked.FirstOrDefault()?.Id, string.IsNullOrEmpty(Account) ? null : Account) }, person.AreaId, organisation);
        await db.SaveChangesAsync();
        TempData["Notice"] = string.IsNullOrEmpty(Account) ? "Account unlinked." : "Account linked: they now see their own training and needs, and get reminders.";
        return Redirect($"/training/records?Staff={Uri.EscapeDataString(person.StaffReference)}");
    }

    public string State(TrainingRecord record) => record.ExpiresOn switch
    {
        null => "Does not expire",
        { } e when e <= Today => $"Ran out on {TrainingView.Date(e)}",
        { } e when e <= Today.AddDays(90) => $"Runs out on {TrainingView.Date(e)}",
        { } e => $"In date until {TrainingView.Date(e)}",
    };

    public static string Tag(TrainingRecord record, DateOnly today) => record.ExpiresOn switch
    {
        { } e when e <= today => "govuk-tag--red",
        { } e when e <= today.AddDays(90) => "govuk-tag--yellow",
        _ => "govuk-tag--green",
    };
}
