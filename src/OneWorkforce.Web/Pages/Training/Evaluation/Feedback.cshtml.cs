using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Pages.Shared;

namespace OneWorkforce.Web.Pages.Training.Evaluation;

/// <summary>
/// The anonymous feedback form (straight after a course) or impact follow-up (weeks later) that an email link opens: no
/// account needed, one page, sent once.
/// </summary>
public sealed class FeedbackModel(TrainingEvaluations evaluations) : PageModel
{
    public EvaluationForm Form { get; private set; } = null!;
    public IReadOnlyList<QuestionView> Views { get; private set; } = [];
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await evaluations.FindAsync(token) is not { } form)
        {
            return NotFound();
        }
        Form = form;
        Sent = form.Response.Status == Core.Questionnaires.QuestionnaireResponse.Submitted;
        Views = form.Questionnaire.Questions.Select(q => new QuestionView(q, null, null)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await evaluations.FindAsync(token) is not { } form)
        {
            return NotFound();
        }
        Form = form;
        var (read, errors) = await evaluations.SubmitAsync(form, key => Request.Form[key].Select(v => v ?? "").ToList());
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            Views = QuestionView.AsPosted(form.Questionnaire.Questions, Request.Form, read, errors);
            return Page();
        }
        return Redirect($"/training/feedback/{token}");
    }
}
