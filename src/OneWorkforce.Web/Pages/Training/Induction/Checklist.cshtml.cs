using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training.Induction;

/// <summary>
/// The area's induction checklist: everyone in the area reads it; its leads add standards, reword them and take them out
/// (sign-offs already made are kept, and completed inductions stay completed).
/// </summary>
public sealed class ChecklistModel(Inductions inductions) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? CoreArea { get; set; }
    [TempData] public string? Notice { get; set; }

    public IReadOnlyList<InductionStandard> Standards { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public InductionStandard? Editing { get; private set; }

    public static IReadOnlyList<Core.Reference.CodeListItem> CoreAreaChoices { get; } =
        [new("", "None"), .. CourseEditModel.CoreAreaChoices];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (Editing is { } s)
        {
            Title = s.Title;
            Description = s.Description;
            CoreArea = s.CommonCoreArea?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await LoadAsync(edit: true) is { } refused)
        {
            return refused;
        }
        var area = User.Scope().AreaId!.Value;
        var (saved, errors) = Edit is { } id
            ? await inductions.RewordAsync(area, id, Title, Description, CoreArea)
            : await inductions.AddStandardAsync(area, Title, Description, CoreArea);
        if (saved is null)
        {
            if (!errors.Any)
            {
                return NotFound();
            }
            ModelState.AddFieldErrors(errors, "");
            return Page();
        }
        Notice = Edit is null ? $"Added: {saved.Title}." : $"Changed: {saved.Title}.";
        return Redirect("/training/induction/checklist");
    }

    public async Task<IActionResult> OnPostRetireAsync(int id)
    {
        if (await LoadAsync(edit: true) is { } refused)
        {
            return refused;
        }
        if (!await inductions.RetireAsync(User.Scope().AreaId!.Value, id))
        {
            return NotFound();
        }
        Notice = "Standard taken out of the checklist.";
        return Redirect("/training/induction/checklist");
    }

    private async Task<IActionResult?> LoadAsync(bool edit = false)
    {
        var user = User.Scope();
        if (user.AreaId is not { } area)
        {
            return Forbid();
        }
        CanEdit = AccessRules.CanSetAreaRequiredTraining(user, area);
        if (edit && !CanEdit)
        {
            return Forbid();
        }
        Standards = (await inductions.ChecklistAsync(area)).Where(s => !s.Retired).ToList();
        if (Edit is { } id)
        {
            Editing = CanEdit ? Standards.SingleOrDefault(s => s.Id == id) : null;
            if (Editing is null)
            {
                return NotFound();
            }
        }
        return null;
    }
}
