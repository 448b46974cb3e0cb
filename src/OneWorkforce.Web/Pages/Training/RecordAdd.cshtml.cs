using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>A manager records training one of their people did elsewhere, with its evidence (a certificate number, who signed it off).</summary>
public sealed class RecordAddModel(OneWorkforceDbContext db, TrainingRecordEntry entry) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public DateParts CompletedOn { get; set; } = new();
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public List<string> CoreAreas { get; set; } = [];
    [TempData] public string? Notice { get; set; }

    public Worker Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var (added, errors) = await entry.AddAsync(Person, new TrainingRecordInput
        {
            Title = Title, Topic = Topic, Level = Level, CompletedOn = CompletedOn.Date, DateProblem = CompletedOn.Problem("The date the training was completed"),
            Provider = Provider, Evidence = Evidence, CoreAreas = CoreAreas,
        });
        if (added is null)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Added: {added.Title}.";
        return Redirect($"/training/records?Staff={Uri.EscapeDataString(Person.StaffReference)}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.OrganisationId is not { } organisation || !AccessRules.CanManagePeopleOf(user, organisation))
        {
            return Forbid();
        }
        var person = Staff is null ? null : await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.OrganisationId == organisation && w.StaffReference == Staff);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        return null;
    }
}
