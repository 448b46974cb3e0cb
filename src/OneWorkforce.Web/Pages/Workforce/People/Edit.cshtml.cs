using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce.People;

/// <summary>
/// Add a person, change one or mark them as a leaver: one form built from the data standard's worker fields, checked by
/// the same rules as an upload, then a check-answers page, then saved through the upload's merge. Also erases a person.
/// </summary>
public sealed class PersonModel(OneWorkforceDbContext db, WorkforcePeople people) : PageModel
{
    /// <summary>The fields a manager fills in: every worker field but the organisation and the action.</summary>
    public static IReadOnlyList<StandardField> Fields { get; } =
        WorkforceStandard.Workers.Fields.Where(f => f.Column is not "organisation_reference" and not "action").ToList();

    [BindProperty(SupportsGet = true)] public string? Staff { get; set; }
    [BindProperty] public Dictionary<string, string> Input { get; set; } = [];

    public Organisation Place { get; private set; } = null!;
    public bool IsNew => Staff is null;
    /// <summary>"form", "check" (check answers) or "erase" (confirm erasure).</summary>
    public string Mode { get; private set; } = "form";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (Staff is not null)
        {
            var worker = await people.FindAsync(Place.Id, Staff);
            if (worker is null)
            {
                return NotFound();
            }
            Input = ValuesOf(worker);
        }
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        Fill();
        if (!await ValidAsync(dryRun: true))
        {
            return Page();
        }
        Mode = "check";
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        Fill();
        return await ValidAsync(dryRun: false) ? Redirect("/workforce/people?saved=person") : Page();
    }

    public async Task<IActionResult> OnGetEraseAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (Staff is null || await people.FindAsync(Place.Id, Staff) is null)
        {
            return NotFound();
        }
        Fill();
        Mode = "erase";
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        return Staff is not null && await people.EraseAsync(Place.AreaId, Place.Id, Staff) ? Redirect("/workforce/people?saved=erased") : NotFound();
    }

    /// <summary>Checks (and, unless a dry run, saves) through the upload's rules; each message goes against its field.</summary>
    private async Task<bool> ValidAsync(bool dryRun)
    {
        if (Staff is not null)
        {
            Input["staff_reference"] = Staff;
        }
        else if (await people.FindAsync(Place.Id, Input["staff_reference"].Trim()) is not null)
        {
            ModelState.AddModelError(Key("staff_reference"), $"Someone with staff reference {Input["staff_reference"].Trim()} is already held. Use another reference, or change that person instead");
            return false;
        }
        var (outcome, messages) = await people.SaveAsync(Place.AreaId, Place.Id, Place.Reference, Input, User.Scope().UserId, dryRun);
        foreach (var message in messages.Where(m => m.Severity == Severity.Error))
        {
            var column = Fields.Any(f => f.Column == message.Column) ? message.Column : "staff_reference";
            ModelState.AddModelError(Key(column), $"{message.Message} {message.Fix}".Trim());
        }
        return outcome.Errors == 0;
    }

    public static string Key(string column) => $"Input[{column}]";

    /// <summary>Every field has an entry, so the form and the check-answers page can show it.</summary>
    private void Fill()
    {
        foreach (var field in Fields)
        {
            Input[field.Column] = Input.TryGetValue(field.Column, out var value) ? value ?? "" : "";
        }
    }

    /// <summary>What a value means in words, for the check-answers page.</summary>
    public static string Shown(StandardField field, string value) =>
        value.Length == 0 ? "Not given" : field.Codes?.Items.FirstOrDefault(i => string.Equals(i.Code, value, StringComparison.OrdinalIgnoreCase) || string.Equals(i.Label, value, StringComparison.OrdinalIgnoreCase))?.Label ?? value;

    private static Dictionary<string, string> ValuesOf(Worker w)
    {
        static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new Dictionary<string, string>
        {
            ["staff_reference"] = w.StaffReference, ["role"] = w.Role, ["contract"] = w.Contract,
            ["contracted_hours"] = w.ContractedHours?.ToString(CultureInfo.InvariantCulture) ?? "", ["start_date"] = D(w.StartDate),
            ["leaving_date"] = D(w.LeavingDate), ["leaving_reason"] = w.LeavingReason ?? "", ["year_of_birth"] = w.YearOfBirth?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["gender"] = w.Gender ?? "", ["ethnicity"] = w.Ethnicity ?? "", ["disability"] = w.Disability ?? "",
            ["highest_qualification_level"] = w.HighestQualificationLevel ?? "", ["apprenticeship"] = w.Apprenticeship ?? "", ["induction_completed"] = w.InductionCompleted ?? "",
        };
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.OrganisationId is not { } id || !AccessRules.CanManagePeopleOf(user, id))
        {
            return Forbid();
        }
        Place = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        return null;
    }
}
