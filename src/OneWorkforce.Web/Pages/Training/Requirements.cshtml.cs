using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>
/// Required training by role. An area lead sets the area's (for every organisation); a manager sees the area's and adds
/// their organisation's own on top. Each is a topic, a safeguarding level where it applies, how often to refresh it,
/// and for the Common Core the areas expected.
/// </summary>
public sealed class RequirementsModel(TrainingCompliance compliance) : PageModel
{
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Level { get; set; }
    [BindProperty] public string? RefreshYears { get; set; }
    [BindProperty] public List<string> CoreAreas { get; set; } = [];
    [TempData] public string? Notice { get; set; }

    public IReadOnlyList<TrainingRequirement> AreaRequirements { get; private set; } = [];
    public IReadOnlyList<TrainingRequirement> OwnRequirements { get; private set; } = [];
    /// <summary>The organisation whose own requirements this page edits; null when a lead edits the area's.</summary>
    public int? OrganisationId { get; private set; }
    public bool CanEditArea { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var user = User.Scope();
        var (added, errors) = await compliance.AddAsync(user.AreaId!.Value, OrganisationId, Role, Topic, Level, RefreshYears, CoreAreas);
        if (added is null)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
            return Page();
        }
        Notice = $"Added: {Describe(added)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (!await compliance.RemoveAsync(User.Scope().AreaId!.Value, OrganisationId, id))
        {
            return NotFound();
        }
        Notice = "Removed.";
        return RedirectToPage();
    }

    public static string Describe(TrainingRequirement r) =>
        $"{RoleLabel(r.Role)}: {Compliance.ForRole(r.Role, [r]).Single().Describe()}";

    public static string RoleLabel(string role) => role == TrainingRequirement.AnyRole ? "Everyone" : Core.Workforce.WorkforceCodes.Roles.LabelOf(role);

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        if (user.AreaId is not { } area)
        {
            return Forbid();
        }
        CanEditArea = AccessRules.CanSetAreaRequiredTraining(user, area);
        if (!CanEditArea)
        {
            if (user.OrganisationId is not { } organisation || !AccessRules.CanSetOrganisationRequiredTraining(user, organisation))
            {
                return Forbid();
            }
            OrganisationId = organisation;
        }
        var all = await compliance.RequirementsAsync(area, OrganisationId);
        AreaRequirements = all.Where(r => r.OrganisationId is null).ToList();
        OwnRequirements = OrganisationId is null ? [] : all.Where(r => r.OrganisationId is not null).ToList();
        return null;
    }
}
