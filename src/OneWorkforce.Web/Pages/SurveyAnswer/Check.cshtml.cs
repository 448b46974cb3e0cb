using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Web.Pages.SurveyAnswer;

/// <summary>Check your answers, then send them: once, and only when every required question asked is answered.</summary>
public sealed class CheckModel(SurveyAnswering answering) : AnswerPage(answering)
{
    public IReadOnlyList<(QuestionSection Section, Question Question)> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await LoadAsync(token) is { } instead)
        {
            return instead;
        }
        Missing = Answers.Unanswered(Form.Questionnaire, Form.Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await LoadAsync(token) is { } instead)
        {
            return instead;
        }
        Missing = Answers.Unanswered(Form.Questionnaire, Form.Answers);
        if (Missing.Count > 0)
        {
            foreach (var (_, question) in Missing)
            {
                ModelState.AddModelError(question.Key, Answers.Missing(question));
            }
            return Page();
        }
        await Answering.SubmitAsync(Form);
        return Redirect(ResponsePath);
    }

    public int SectionNumber(QuestionSection section) => Form.Questionnaire.Sections.ToList().IndexOf(section) + 1;
}
