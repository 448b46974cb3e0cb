using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Plans;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Plans;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>
/// The one printable document the executive signs off (seed 003): summary, matrix, rainbow, strengths and
/// areas to develop, group comparison and the action plan.
/// </summary>
public sealed class SignOffReportModel(OneWorkforceDbContext db, CycleAnalyses analyses, AssessmentResponses responses, ActionPlans plans) : AssessmentPage(db)
{
    public CycleAnalysis Analysis { get; private set; } = null!;
    public IReadOnlyList<ResponseCount> Counts { get; private set; } = [];
    public IReadOnlyList<PlanAction> Actions { get; private set; } = [];
    public IReadOnlyList<ArcEvidenceNote> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        Analysis = await analyses.AnalyseAsync(Area, Cycle);
        Counts = await responses.CountsAsync(Cycle.Id);
        Actions = await plans.ForCycleAsync(Area.Id, Cycle.Id);
        Notes = await Db.ArcEvidenceNotes.AsNoTracking().Where(n => n.CycleId == Cycle.Id).OrderBy(n => n.Arc).ThenBy(n => n.AddedAt).ToListAsync();
        return Page();
    }
}
