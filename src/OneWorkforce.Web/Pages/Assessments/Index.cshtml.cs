using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Assessments;

public sealed class AssessmentIndexModel(OneWorkforceDbContext db, AssessmentCycles cycles) : AssessmentPage(db)
{
    public IReadOnlyList<AssessmentCycle> Cycles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await LoadAreaAsync(code, run: false) is { } denied)
        {
            return denied;
        }
        Cycles = await cycles.ListAsync(Area.Id);
        return Page();
    }
}
