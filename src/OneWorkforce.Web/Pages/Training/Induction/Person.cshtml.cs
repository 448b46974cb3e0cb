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

/// <summary>One new worker's induction: each standard signed off (when, by whom, how) or still to do; take back a mistake; complete it with a certificate.</summary>
public sealed class PersonModel(OneWorkforceDbContext db, Inductions inductions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int StandardId { get; set; }
    [TempData] public string? Notice { get; set; }

    public Worker Person { get; private set; } = null!;
    public IReadOnlyList<InductionStandard> Checklist { get; private set; } = [];
    public IReadOnlyDictionary<int, InductionSignOff> Signed { get; private set; } = new Dictionary<int, InductionSignOff>();
    public IReadOnlyDictionary<string, string> SignerNames { get; private set; } = new Dictionary<string, string>();
    public InductionProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var (done, errors) = await inductions.CompleteAsync(Person, Name, User.Scope().UserId);
        if (done is null)
        {
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = $"Induction completed. Certificate code {done.CertificateCode}.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostUndoAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!await inductions.UndoAsync(Person, StandardId))
        {
            ModelState.AddModelError(nameof(StandardId), "This sign-off cannot be taken back: the induction is completed, or it was not signed off");
            return Page();
        }
        Notice = "Sign-off taken back.";
        return Redirect(Here);
    }

    private string Here => $"/training/induction/person?Staff={Uri.EscapeDataString(Person.StaffReference)}";

    private async Task<IActionResult?> LoadAsync()
    {
        var (person, status) = await ManagedPerson.FindAsync(User.Scope(), db, Staff);
        if (person is null)
        {
            return StatusCode(status);
        }
        Person = person;
        var (checklist, signOffs, completion) = await inductions.PersonAsync(person);
        Signed = signOffs.ToDictionary(s => s.StandardId);
        // Standards in use, and retired ones this person was signed off against (so a completed induction still reads whole).
        Checklist = checklist.Where(s => !s.Retired || Signed.ContainsKey(s.Id)).ToList();
        Progress = InductionChecklist.Progress(checklist, signOffs, completion);
        var signers = signOffs.Select(s => s.SignedByUserId).Distinct().ToList();
        SignerNames = await db.Users.AsNoTracking().Where(u => signers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return null;
    }
}
