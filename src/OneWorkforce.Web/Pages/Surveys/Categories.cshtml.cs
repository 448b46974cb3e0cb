using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>Every question broken down by organisation category side by side, as seed 000 appendix 2 did by hand.</summary>
public sealed class CategoriesModel(SurveyStore store, SurveyResults results) : SurveyPage(store)
{
    public SurveyAnalysisResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        Result = await results.AnalyseAsync(Survey);
        return Page();
    }
}
