using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Pages.Shared;

namespace OneWorkforce.Web.Pages.SurveyAnswer;

/// <summary>One part of the survey: its questions on one page, saved as they are, then the next part or the check page.</summary>
public sealed class SectionModel(SurveyAnswering answering) : AnswerPage(answering)
{
    public int Number { get; private set; }
    public QuestionSection Section { get; private set; } = null!;
    public IReadOnlyList<QuestionView> Views { get; private set; } = [];

    private async Task<IActionResult?> PrepareAsync(string token, int number)
    {
        if (await LoadAsync(token) is { } instead)
        {
            return instead;
        }
        if (number < 1 || number > Form.Questionnaire.Sections.Count)
        {
            return NotFound();
        }
        Number = number;
        Section = Form.Questionnaire.Sections[number - 1];
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string token, int number)
    {
        if (await PrepareAsync(token, number) is { } instead)
        {
            return instead;
        }
        Views = Asked(Form.Questionnaire, Section, Form.Answers).Select(q => new QuestionView(q, Form.Answers.GetValueOrDefault(q.Key), null)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, int number)
    {
        if (await PrepareAsync(token, number) is { } instead)
        {
            return instead;
        }
        var asked = Asked(Form.Questionnaire, Section, Form.Answers).ToList();
        var (page, errors) = Answers.Read(Section with { Questions = asked }, key => Request.Form[key].Select(v => v ?? "").ToList(), Form.Answers, requireAnswers: true);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            Views = QuestionView.AsPosted(asked, Request.Form, page, errors);
            return Page();
        }
        // Questions of this part not asked (routed away) lose any earlier answer.
        foreach (var question in Section.Questions.Where(q => !page.ContainsKey(q.Key)))
        {
            page[question.Key] = null;
        }
        if (!await Answering.SaveAsync(Form, page))
        {
            return Redirect(ResponsePath);
        }
        return Redirect(number < Form.Questionnaire.Sections.Count ? $"{ResponsePath}/{number + 1}" : $"{ResponsePath}/check");
    }
}
