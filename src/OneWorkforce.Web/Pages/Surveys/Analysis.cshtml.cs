using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>
/// The survey's analysis in the order of the questionnaire, every figure with its base: for all respondents or one
/// organisation category, as charts and tables, CSV and Excel (the whole and every category), and a printable report.
/// </summary>
public sealed class AnalysisModel(SurveyStore store, SurveyResults results) : SurveyPage(store)
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public SurveyAnalysisResult Result { get; private set; } = null!;
    public SurveyFigures Shown { get; private set; } = null!;
    public string ShownLabel { get; private set; } = "All respondents";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        Result = await results.AnalyseAsync(Survey);
        if (Format is "csv" or "xlsx")
        {
            return CsvDownload.File(Format, $"{Survey.Name}-analysis", SurveyReport.Header, SurveyReport.Rows(Result.Figures, Result.Categories).ToList());
        }
        Shown = Result.Figures;
        if (Result.Categories.FirstOrDefault(c => c.Code == Category) is { } category)
        {
            Shown = category.Figures;
            ShownLabel = category.Label;
        }
        else
        {
            Category = null;
        }
        return Page();
    }
}
