using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>Check your answers, then send them: once, and only with every statement answered or Don't know.</summary>
public sealed class RespondCheckModel(AssessmentResponses responses) : RespondPage(responses)
{
    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is { } instead)
        {
            return instead;
        }
        var unanswered = Core.Questionnaires.Answers.Unanswered(Questionnaire, Answers);
        if (unanswered.Count > 0)
        {
            foreach (var section in unanswered.GroupBy(u => u.Section))
            {
                var number = Questionnaire.Sections.ToList().IndexOf(section.Key) + 1;
                ModelState.AddModelError("", $"{section.Key.Title}: {section.Count()} statement{(section.Count() == 1 ? " has" : "s have")} no answer. Choose a score or Don't know for each (part {number})");
            }
            return Page();
        }
        await Responses.SubmitAsync(Answering);
        return Redirect($"{ResponsePath}/sent");
    }
}
