using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>The analysis of a cycle: heat map, averages, rainbow, drafted findings, breakdowns and a comparison.</summary>
public sealed class CycleAnalysisModel(OneWorkforceDbContext db, AssessmentCycles cycles, CycleAnalyses analyses, AssessmentResponses responses) : AssessmentPage(db)
{
    public const int CommentsShown = 100;

    /// <summary>For each arc, the newest comments and how many there are.</summary>
    public IReadOnlyList<(int Arc, IReadOnlyList<AssessmentComment> Comments, int Total)> Comments { get; private set; } = [];

    public CycleAnalysis Analysis { get; private set; } = null!;
    public IReadOnlyList<AssessmentCycle> OtherCycles { get; private set; } = [];

    /// <summary>An earlier cycle of the area to compare with.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Compare { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        OtherCycles = (await cycles.ListAsync(Area.Id)).Where(c => c.Id != Cycle.Id).ToList();
        Analysis = await analyses.AnalyseAsync(Area, Cycle, Compare);
        Comments = await responses.CommentsByArcAsync(Cycle.Id, CommentsShown);
        return Page();
    }

    /// <summary>The analysis as CSV or Excel: every cell, arc, stage and overall figure, and the drafted findings.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string code, int id, string format = "csv")
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        var analysis = await analyses.AnalyseAsync(Area, Cycle, Compare);
        return CsvDownload.File(format, $"self-assessment-{Area.Code}-{Cycle.Id}", CycleReport.CsvHeader, CycleReport.CsvRows(analysis).ToList());
    }

    public static string Show(decimal? mean) => mean is { } m ? MatrixAnalysis.Round(m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "–";

    public static string ShowChange(decimal? change) => change switch
    {
        null => "–",
        > 0 => "+" + change.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        _ => change.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
    };
}
