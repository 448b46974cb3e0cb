using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>What the self-assessment pages share: the area from the address, the cycle, and the server-side access checks.</summary>
public abstract class AssessmentPage(OneWorkforceDbContext db) : PageModel
{
    public Area Area { get; private set; } = null!;
    public AssessmentCycle Cycle { get; private set; } = null!;
    public bool CanRun { get; private set; }

    protected OneWorkforceDbContext Db => db;

    /// <summary>The area, or the page to show instead: not found, or forbidden unless this person may see (or, with <paramref name="run"/>, change) its assessments.</summary>
    protected async Task<IActionResult?> LoadAreaAsync(string code, bool run)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(); // to the sign-in page, and back here after
        }
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
        if (area is null)
        {
            return NotFound();
        }
        var scope = User.Scope();
        if (!(run ? AccessRules.CanRunAssessmentsIn(scope, area.Id) : AccessRules.CanViewAssessmentsOf(scope, area.Id)))
        {
            return Forbid();
        }
        Area = area;
        CanRun = AccessRules.CanRunAssessmentsIn(scope, area.Id);
        return null;
    }

    protected async Task<IActionResult?> LoadCycleAsync(string code, int id, bool run)
    {
        if (await LoadAreaAsync(code, run) is { } denied)
        {
            return denied;
        }
        var cycle = await db.AssessmentCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.AreaId == Area.Id);
        if (cycle is null)
        {
            return NotFound();
        }
        Cycle = cycle;
        return null;
    }

    public string CyclePath => $"/areas/{Area.Code}/assessments/{Cycle.Id}";
}
