using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>
/// Rewording the statements: <c>national</c> for the national administrator, or an area code for that area's
/// leads (local wording in place of the national). One arc for one group at a time: eight statements.
/// </summary>
public sealed class StatementsModel(OneWorkforceDbContext db, FrameworkStatements statements) : PageModel
{
    public bool IsNational { get; private set; }
    public int? AreaId { get; private set; }
    public string ScopeName { get; private set; } = "";
    public IReadOnlyList<StatementWording> Wording { get; private set; } = [];
    public Dictionary<int, string> Typed { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string Group { get; set; } = RespondentGroups.Leaders;

    [BindProperty(SupportsGet = true)]
    public int Arc { get; set; } = 1;

    [BindProperty]
    public Dictionary<int, string?> Texts { get; set; } = [];

    private async Task<IActionResult?> LoadAsync(string scope)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        var user = User.Scope();
        if (scope == "national")
        {
            if (!AccessRules.CanEditNationalStatements(user))
            {
                return Forbid();
            }
            IsNational = true;
            ScopeName = "National framework";
        }
        else
        {
            var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == scope.ToUpper());
            if (area is null)
            {
                return NotFound();
            }
            if (!AccessRules.CanRunAssessmentsIn(user, area.Id))
            {
                return Forbid();
            }
            AreaId = area.Id;
            ScopeName = area.Name;
        }
        if (RespondentGroups.Find(Group) is null)
        {
            Group = RespondentGroups.Leaders;
        }
        Arc = Math.Clamp(Arc, 1, 8);
        Wording = (await statements.ForAsync(IsNational ? null : AreaId)).Where(w => w.Group == Group && w.Arc == Arc).OrderBy(w => w.Stage).ToList();
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string scope) => await LoadAsync(scope) ?? Page();

    public async Task<IActionResult> OnPostAsync(string scope)
    {
        if (await LoadAsync(scope) is { } denied)
        {
            return denied;
        }
        foreach (var (stage, text) in Texts.Where(t => t.Key is >= 1 and <= 8))
        {
            if ((text?.Trim().Length ?? 0) > OcwtStatements.MaxLength)
            {
                ModelState.AddModelError($"Texts[{stage}]", $"The statement must be {OcwtStatements.MaxLength} characters or fewer; it has {text!.Trim().Length}");
            }
        }
        if (ModelState.ErrorCount > 0)
        {
            Typed = Texts.Where(t => t.Value is not null).ToDictionary(t => t.Key, t => t.Value!);
            return Page();
        }
        var changed = 0;
        foreach (var wording in Wording)
        {
            var typed = Texts.GetValueOrDefault(wording.Stage)?.Trim() ?? "";
            var own = IsNational ? wording.Source == StatementSource.National : wording.Source == StatementSource.Local;
            if ((own && typed != wording.Text) || (!own && typed.Length > 0 && typed != wording.Text))
            {
                await statements.SetAsync(IsNational ? null : AreaId, Arc, wording.Stage, Group, typed, User.Identity?.Name ?? "unknown");
                changed++;
            }
        }
        TempData["Notice"] = changed == 0 ? "Nothing changed" : $"{changed} statement{(changed == 1 ? "" : "s")} saved";
        return Redirect($"/assessments/statements/{scope}?group={Group}&arc={Arc}");
    }
}
