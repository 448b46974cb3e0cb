using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Web.Pages.SurveyAnswer;

/// <summary>
/// The open link's page: what the survey is, and a button that starts a new set of answers with its own address (a
/// button, not the link itself, so a link checker in an email or chat never starts one).
/// </summary>
public sealed class StartModel(SurveyAnswering answering) : PageModel
{
    public Survey? Survey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string openToken)
    {
        Survey = await answering.FindOpenLinkAsync(openToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string openToken)
    {
        Survey = await answering.FindOpenLinkAsync(openToken);
        if (Survey is null)
        {
            return Page();
        }
        var token = await answering.StartAsync(Survey);
        return Redirect($"/survey/{token}/1");
    }
}
