using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

public sealed class RespondSentModel(AssessmentResponses responses) : PageModel
{
    public string CycleName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var found = await responses.FindAsync(token);
        if (found is null)
        {
            return NotFound();
        }
        if (found.Value.Response.Status != QuestionnaireResponse.Submitted)
        {
            return Redirect($"/respond/{token}");
        }
        CycleName = found.Value.Cycle.Name;
        return Page();
    }
}
