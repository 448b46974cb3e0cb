using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Pages.Shared;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>One arc of the rainbow: its eight statements and a comment, one page (so a phone shows one arc at a time).</summary>
public sealed class RespondArcModel(AssessmentResponses responses) : RespondPage(responses)
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
        if (number < 1 || number > Questionnaire.Sections.Count)
        {
            return NotFound();
        }
        Number = number;
        Section = Questionnaire.Sections[number - 1];
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string token, int number)
    {
        if (await PrepareAsync(token, number) is { } instead)
        {
            return instead;
        }
        Views = Section.Questions.Select(q => new QuestionView(q, Answers.GetValueOrDefault(q.Key), null)).ToList();
        return Page();
    }

    /// <param name="next"><c>continue</c> checks every statement has an answer; <c>later</c> saves what there is and shows the code to come back with.</param>
    public async Task<IActionResult> OnPostAsync(string token, int number, string? next)
    {
        if (await PrepareAsync(token, number) is { } instead)
        {
            return instead;
        }
        var later = next == "later";
        var (page, errors) = Core.Questionnaires.Answers.Read(Section, key => Request.Form[key].Select(v => v ?? "").ToList(), Answers, requireAnswers: !later);
        if (errors.Any)
        {
            foreach (var (key, message) in errors.All)
            {
                ModelState.AddModelError(key, message);
            }
            Views = QuestionView.AsPosted(Section.Questions, Request.Form, page, errors);
            return Page();
        }
        if (!await Responses.SaveAsync(Answering, page))
        {
            return Redirect($"{ResponsePath}/sent");
        }
        if (later)
        {
            return Redirect($"{ResponsePath}?saved=true");
        }
        return Redirect(number < Questionnaire.Sections.Count ? $"{ResponsePath}/arc/{number + 1}" : $"{ResponsePath}/check");
    }
}
