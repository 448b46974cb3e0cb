using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Surveys;

namespace OneWorkforce.Web.Pages.SurveyAnswer;

/// <summary>
/// What the survey answering pages share. No account is needed: the address holds the response's 130-bit token, so only
/// the organisation sent the link (or the person who started through the open link) can reach it.
/// </summary>
public abstract class AnswerPage(SurveyAnswering answering) : PageModel
{
    public SurveyForm Form { get; private set; } = null!;

    protected SurveyAnswering Answering => answering;

    public string ResponsePath => $"/survey/{Form.Response.Token}";

    /// <summary>The response, or the page to show instead: not found, or the start page once sent or closed.</summary>
    protected async Task<IActionResult?> LoadAsync(string token, bool mustBeOpen = true)
    {
        if (await answering.FindAsync(token) is not { } form)
        {
            return NotFound();
        }
        Form = form;
        return mustBeOpen && (form.Sent || !form.Open) ? Redirect(ResponsePath) : null;
    }

    /// <summary>
    /// The question as a section page shows it: one routed on an answer in the same page says when to answer it (the
    /// answers are checked against the routing when saved, with or without JavaScript).
    /// </summary>
    public static Question Shown(Questionnaire questionnaire, QuestionSection section, Question question)
    {
        if (question.ShowWhen is not { } rule || section.Questions.All(q => q.Key != rule.QuestionKey) || questionnaire.Question(rule.QuestionKey) is not { } asker)
        {
            return question;
        }
        var when = $"Answer only if you answered {string.Join(" or ", rule.Values.Select(v => asker.Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v))} to '{asker.Text}'.";
        return question with { Hint = question.Hint is null ? when : $"{when} {question.Hint}" };
    }

    /// <summary>The section's questions asked given the answers to earlier sections (same-page routing is kept and explained).</summary>
    public static IEnumerable<Question> Asked(Questionnaire questionnaire, QuestionSection section, IReadOnlyDictionary<string, string> answers) =>
        section.Questions.Where(q => q.ShowWhen is not { } rule || section.Questions.Any(o => o.Key == rule.QuestionKey) || Answers.IsAsked(q, answers))
            .Select(q => Shown(questionnaire, section, q));
}
