using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Web.Pages.SurveyAnswer;

/// <summary>The survey's front page from its link: what it is and where you got to, or thanks once sent, or that it has closed.</summary>
public sealed class IndexModel(SurveyAnswering answering) : AnswerPage(answering)
{
    /// <summary>The first section with a required question still to answer, or 1.</summary>
    public int NextSection { get; private set; } = 1;
    public bool Started { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await LoadAsync(token, mustBeOpen: false) is { } instead)
        {
            return instead;
        }
        Started = Form.Answers.Count > 0;
        var missing = Answers.Unanswered(Form.Questionnaire, Form.Answers);
        NextSection = missing.Count == 0 && Started ? 0 : missing.Count == 0 ? 1 : Form.Questionnaire.Sections.ToList().IndexOf(missing[0].Section) + 1;
        return Page();
    }
}
