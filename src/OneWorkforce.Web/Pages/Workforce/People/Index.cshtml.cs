using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce.People;

/// <summary>
/// An organisation's people: its managers see everyone, what is missing, and confirm the data; an area lead sees the
/// list (never ethnicity or disability) only where the organisation has granted it. Every view is audited.
/// </summary>
public sealed class PeopleModel(OneWorkforceDbContext db, WorkforcePeople people, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Organisation { get; set; }

    public Organisation Place { get; private set; } = null!;
    public bool IsManager { get; private set; }
    public IReadOnlyList<Worker> Workers { get; private set; } = [];
    public IReadOnlyList<MissingField> Missing { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        Workers = await people.ListAsync(Place.AreaId, Place.Id, IsManager ? "manager" : "area lead");
        if (IsManager)
        {
            Missing = await people.MissingAsync(Place.Id, Today);
        }
        Saved = saved;
        return Page();
    }

    /// <summary>The manager confirms the organisation's data as correct today.</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!IsManager)
        {
            return Forbid();
        }
        await people.ConfirmAsync(Place.Id, Today);
        return Redirect("/workforce/people?saved=confirmed");
    }

    /// <summary>All of the organisation's people or training records, in the upload layout; audited.</summary>
    public async Task<IActionResult> OnGetExportAsync(string layout = "workers", string format = "csv")
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!IsManager)
        {
            return Forbid();
        }
        var file = layout == "training" ? "training" : "workers";
        var (header, rows) = await people.ExportAsync(Place.AreaId, Place.Id, Place.Reference, file);
        return CsvDownload.File(format, $"{Place.Reference}-{file}-{Today:yyyy-MM-dd}", header, rows);
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        var id = Organisation ?? user.OrganisationId;
        if (id is null)
        {
            return Forbid();
        }
        var found = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        if (found is null)
        {
            return NotFound();
        }
        if (!AccessRules.CanSeePeopleOf(user, found.AreaId, found.Id, found.SharesPeopleWithArea))
        {
            return Forbid();
        }
        Place = found;
        IsManager = AccessRules.CanManagePeopleOf(user, found.Id);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return null;
    }
}
