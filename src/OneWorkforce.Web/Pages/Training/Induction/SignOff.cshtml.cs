using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training.Induction;

/// <summary>A manager signs off one induction standard for one person: when it was met, and how (optional).</summary>
public sealed class SignOffModel(OneWorkforceDbContext db, Inductions inductions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }
    [BindProperty(SupportsGet = true)] public int Standard { get; set; }
    [BindProperty] public DateParts SignedOn { get; set; } = new();
    [BindProperty] public string? Note { get; set; }
    [TempData] public string? Notice { get; set; }

    public Worker Person { get; private set; } = null!;
    public InductionStandard StandardToSign { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        SignedOn = DateParts.From(inductions.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var errors = await inductions.SignOffAsync(Person, Standard, SignedOn.Date, SignedOn.Problem("The date the standard was met"), Note, User.Scope().UserId);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Signed off: {StandardToSign.Title}.";
        return Redirect($"/training/induction/person?Staff={Uri.EscapeDataString(Person.StaffReference)}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var (person, status) = await ManagedPerson.FindAsync(User.Scope(), db, Staff);
        if (person is null)
        {
            return StatusCode(status);
        }
        Person = person;
        var standard = (await inductions.ChecklistAsync(person.AreaId)).SingleOrDefault(s => s.Id == Standard && !s.Retired);
        if (standard is null)
        {
            return NotFound();
        }
        StandardToSign = standard;
        return null;
    }
}
