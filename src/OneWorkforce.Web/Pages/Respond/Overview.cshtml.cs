using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>Where a respondent sees how far they have got, and the code to come back with.</summary>
public sealed class RespondOverviewModel(AssessmentResponses responses) : RespondPage(responses)
{
    public bool Saved { get; private set; }

    public (int Done, int Total) Progress(QuestionSection section)
    {
        var required = section.Questions.Where(q => q.Required).ToList();
        return (required.Count(q => Answers.ContainsKey(q.Key)), required.Count);
    }

    public async Task<IActionResult> OnGetAsync(string token, bool saved = false)
    {
        Saved = saved;
        return await LoadAsync(token) ?? Page();
    }
}
