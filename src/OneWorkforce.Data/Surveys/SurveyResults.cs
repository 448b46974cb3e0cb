using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Surveys;

/// <summary>A survey's analysis: the whole, and by organisation category.</summary>
public sealed record SurveyAnalysisResult(Survey Survey, Questionnaire Questionnaire, SurveySettings Settings, SurveyFigures Figures, IReadOnlyList<CategoryFigures> Categories);

/// <summary>
/// A survey's sent answers: read for the analysis (computed from them each time), sorted into themes by the lead, and
/// brought in from a responses file (paper returns, or another tool's export), whole or not at all.
/// </summary>
public sealed class SurveyResults(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveyRespondent>> RespondentsAsync(int surveyId, CancellationToken cancellationToken = default)
    {
        var rows = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.Kind == Survey.ResponseKind && r.OwnerId == surveyId && r.Status == QuestionnaireResponse.Submitted)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.AnswersJson, r.Categories }).ToListAsync(cancellationToken);
        return rows.Select(r => new SurveyRespondent(r.Id, JsonSerializer.Deserialize<Dictionary<string, string>>(r.AnswersJson) ?? [],
            (r.Categories ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList();
    }

    public async Task<IReadOnlyDictionary<(int ResponseId, string QuestionKey), IReadOnlyList<string>>> TagsAsync(int surveyId, CancellationToken cancellationToken = default)
    {
        var tags = await db.SurveyAnswerThemes.AsNoTracking().Where(t => t.SurveyId == surveyId).ToListAsync(cancellationToken);
        return tags.GroupBy(t => (t.ResponseId, t.QuestionKey)).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.ThemeKey).ToList());
    }

    /// <summary>The analysis of every answer, and (unless left out) the same for each organisation category.</summary>
    public async Task<SurveyAnalysisResult> AnalyseAsync(Survey survey, bool byCategory = true, CancellationToken cancellationToken = default)
    {
        var questionnaire = survey.Questionnaire();
        var settings = survey.Settings();
        var respondents = await RespondentsAsync(survey.Id, cancellationToken);
        var tags = await TagsAsync(survey.Id, cancellationToken);
        return new SurveyAnalysisResult(survey, questionnaire, settings, SurveyAnalysis.Analyse(questionnaire, respondents, settings, tags),
            byCategory ? SurveyAnalysis.ByCategory(questionnaire, respondents, settings, tags) : []);
    }

    /// <summary>
    /// Sets the themes of a question's free-text answers (each answer's set replacing the one it had), all in one
    /// transaction. Answers that are not this survey's sent ones, and themes the question does not have, are ignored.
    /// </summary>
    public async Task TagAsync(Survey survey, string questionKey, IReadOnlyDictionary<int, IReadOnlyCollection<string>> themesByResponse,
        CancellationToken cancellationToken = default)
    {
        var known = survey.Settings().ThemesFor(questionKey).Select(t => t.Key).ToHashSet();
        var asked = themesByResponse.Keys.ToList();
        var responses = await db.QuestionnaireResponses.Where(r => asked.Contains(r.Id) && r.Kind == Survey.ResponseKind && r.OwnerId == survey.Id
                && r.Status == QuestionnaireResponse.Submitted).Select(r => r.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SurveyAnswerThemes.Where(t => t.SurveyId == survey.Id && t.QuestionKey == questionKey && responses.Contains(t.ResponseId)).ExecuteDeleteAsync(cancellationToken);
        db.SurveyAnswerThemes.AddRange(responses.SelectMany(id => themesByResponse[id].Where(known.Contains).Distinct()
            .Select(k => new SurveyAnswerTheme { SurveyId = survey.Id, ResponseId = id, QuestionKey = questionKey, ThemeKey = k })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Reads a responses file against the survey's questions and the area's organisations, and stores every response as
    /// sent, in one transaction; with any problem (or a dry run) nothing is stored.
    /// </summary>
    public async Task<(int Added, IReadOnlyList<ImportProblem> Problems)> ImportAsync(Survey survey, string fileName, byte[] content, bool dryRun = false,
        CancellationToken cancellationToken = default)
    {
        if (survey.Status == Survey.Draft)
        {
            return (0, [new ImportProblem(fileName, 0, "", "", "Open the survey before adding responses: its questions must be settled first")]);
        }
        var table = TableFile.Read(fileName, content);
        if (table.Problems.Count > 0)
        {
            return (0, table.Problems);
        }
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaId == survey.AreaId)
            .Select(o => new { o.Id, o.Reference, Categories = o.Categories.Select(c => c.CategoryCode).ToList() }).ToListAsync(cancellationToken);
        var byReference = organisations.Where(o => o.Reference != null).ToDictionary(o => o.Reference!, o => (IReadOnlyList<string>)o.Categories, StringComparer.OrdinalIgnoreCase);
        var (responses, problems) = SurveyResponsesFile.Read(fileName, table.Headers, table.Rows.Select(r => (r.Line, r.Fields)).ToList(), survey.Questionnaire(), byReference);
        if (problems.Count == 0)
        {
            var references = responses.Where(r => r.OrganisationReference is not null).Select(r => r.OrganisationReference!.ToUpperInvariant()).ToList();
            var ids = organisations.Where(o => o.Reference != null && references.Contains(o.Reference.ToUpperInvariant())).ToDictionary(o => o.Reference!.ToUpperInvariant(), o => o.Id);
            var idList = ids.Values.ToList();
            var answered = await db.QuestionnaireResponses.AsNoTracking()
                .Where(r => r.Kind == Survey.ResponseKind && r.OwnerId == survey.Id && r.Status == QuestionnaireResponse.Submitted && r.OrganisationId != null && idList.Contains(r.OrganisationId.Value))
                .Select(r => r.OrganisationId!.Value).ToListAsync(cancellationToken);
            problems = responses.Where(r => r.OrganisationReference is not null && answered.Contains(ids[r.OrganisationReference.ToUpperInvariant()]))
                .Select(r => new ImportProblem(fileName, r.Line, SurveyResponsesFile.OrganisationColumn, r.OrganisationReference!,
                    "This organisation has already answered the survey: each organisation answers once. Remove the row")).ToList();
            if (problems.Count == 0 && !dryRun)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.QuestionnaireResponses.AddRange(responses.Select(r => new QuestionnaireResponse
                {
                    Kind = Survey.ResponseKind, OwnerId = survey.Id, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Submitted,
                    Channel = "imported", StartedAt = now, UpdatedAt = now, SubmittedAt = now, AnswersJson = JsonSerializer.Serialize(r.Answers),
                    OrganisationId = r.OrganisationReference is null ? null : ids[r.OrganisationReference.ToUpperInvariant()],
                    Categories = string.Join(';', r.Categories),
                }));
                audit.Record("survey-import", "Survey", survey.Id.ToString(CultureInfo.InvariantCulture),
                    new Dictionary<string, Audit.FieldChange> { ["responses"] = new(null, responses.Count.ToString(CultureInfo.InvariantCulture)), ["file"] = new(null, fileName) },
                    survey.AreaId);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        return (problems.Count > 0 ? 0 : responses.Count, problems);
    }
}
