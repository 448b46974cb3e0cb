using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Data.Surveys;

/// <summary>A response being answered, with its survey and the questions its respondent is asked.</summary>
public sealed record SurveyForm(QuestionnaireResponse Response, Survey Survey, Questionnaire Questionnaire, Dictionary<string, string> Answers, string? OrganisationName)
{
    public bool Sent => Response.Status == QuestionnaireResponse.Submitted;
    public bool Open => Survey.Status == Core.Surveys.Survey.Open;
}

/// <summary>
/// Answering a survey without an account. A personal link opens the organisation's one response; the open link makes a
/// new response for each person who starts. Answers are saved section by section and sent once, after every required
/// question is answered; nothing can change after that, or after the survey closes.
/// </summary>
public sealed class SurveyAnswering(OneWorkforceDbContext db, TimeProvider clock)
{
    /// <summary>Asked first of people answering through the open link, so the analysis can break answers down by category.</summary>
    public const string CategoriesKey = "about-categories";

    public static readonly QuestionSection AboutYourOrganisation = new("about", "About your organisation", null,
    [
        new(CategoriesKey, "Which of these describe your organisation?", QuestionType.MultipleChoice, Hint: "Select all that apply",
            Options: WorkforceCodeLists.OrganisationCategories.Items.Select(c => new QuestionOption(c.Code, c.Label)).ToList()),
    ]);

    public async Task<SurveyForm?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 40)
        {
            return null;
        }
        var found = await (from r in db.QuestionnaireResponses.AsNoTracking()
                           join s in db.Surveys on r.OwnerId equals s.Id
                           where r.Token == token && r.Kind == Survey.ResponseKind
                           select new { r, s }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var questionnaire = found.s.Questionnaire();
        if (found.r.InvitationId is null)
        {
            questionnaire = questionnaire with { Sections = [AboutYourOrganisation, .. questionnaire.Sections] };
        }
        var organisation = found.r.OrganisationId is { } id ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return new SurveyForm(found.r, found.s, questionnaire, JsonSerializer.Deserialize<Dictionary<string, string>>(found.r.AnswersJson) ?? [], organisation);
    }

    /// <summary>The open survey an open link leads to, or null when the link is wrong, turned off, or the survey is not open.</summary>
    public Task<Survey?> FindOpenLinkAsync(string openToken, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(openToken) || openToken.Length > 40
            ? Task.FromResult<Survey?>(null)
            : db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.OpenToken == openToken && s.Status == Survey.Open, cancellationToken);

    /// <summary>Starts a new response through the open link: its own token, which is where the person answers.</summary>
    public async Task<string> StartAsync(Survey survey, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var response = new QuestionnaireResponse
        {
            Kind = Survey.ResponseKind, OwnerId = survey.Id, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Started,
            Channel = "online", StartedAt = now, UpdatedAt = now, AnswersJson = "{}",
        };
        db.QuestionnaireResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return response.Token;
    }

    /// <summary>Saves one section's answers over the earlier ones; false when the response was sent or the survey closed meanwhile.</summary>
    public async Task<bool> SaveAsync(SurveyForm form, IReadOnlyDictionary<string, string?> section, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in section)
        {
            if (value is null)
            {
                form.Answers.Remove(key);
            }
            else
            {
                form.Answers[key] = value;
            }
        }
        // A later answer can stop an earlier-routed question being asked: drop answers to questions no longer asked.
        foreach (var question in form.Questionnaire.Questions.Where(q => !Answers.IsAsked(q, form.Answers)))
        {
            form.Answers.Remove(question.Key);
        }
        var json = JsonSerializer.Serialize(form.Answers);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.QuestionnaireResponses
            .Where(r => r.Id == form.Response.Id && r.Status == QuestionnaireResponse.Started && db.Surveys.Any(s => s.Id == r.OwnerId && s.Status == Survey.Open))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnswersJson, json).SetProperty(r => r.UpdatedAt, now), cancellationToken) == 1;
    }

    /// <summary>Sends the answers once. The open link's category answer moves to the response's categories.</summary>
    public async Task<bool> SubmitAsync(SurveyForm form, CancellationToken cancellationToken = default)
    {
        if (Answers.Unanswered(form.Questionnaire, form.Answers).Count > 0)
        {
            return false;
        }
        var answers = new Dictionary<string, string>(form.Answers);
        var categories = form.Response.Categories;
        if (answers.Remove(CategoriesKey, out var chosen))
        {
            categories = string.Join(';', chosen.Split(Answers.ChoiceSeparator));
        }
        var json = JsonSerializer.Serialize(answers);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.QuestionnaireResponses
            .Where(r => r.Id == form.Response.Id && r.Status == QuestionnaireResponse.Started && db.Surveys.Any(s => s.Id == r.OwnerId && s.Status == Survey.Open))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.AnswersJson, json).SetProperty(r => r.Categories, categories)
                .SetProperty(r => r.Status, QuestionnaireResponse.Submitted).SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.UpdatedAt, now), cancellationToken) == 1;
    }
}
