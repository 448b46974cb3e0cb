using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Surveys;

/// <summary>A survey in the lead's list: how far it has got and how many have answered.</summary>
public sealed record SurveySummary(Survey Survey, int Invited, int Answered);

/// <summary>
/// An area's surveys: made from seed 000's template or blank, built while a draft (questions, sections, bands, themes),
/// then opened for answers and closed. Questions are fixed once the survey opens, so every answer reads against the
/// questions it was given; bands and themes can change at any time, since they only summarise.
/// </summary>
public sealed partial class SurveyStore(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveySummary>> ListAsync(int areaId, CancellationToken cancellationToken = default)
    {
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.AreaId == areaId).OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);
        var ids = surveys.Select(s => s.Id).ToList();
        var invited = await db.SurveyInvitations.AsNoTracking().Where(i => ids.Contains(i.SurveyId)).GroupBy(i => i.SurveyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var answered = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.Kind == Survey.ResponseKind && ids.Contains(r.OwnerId) && r.Status == QuestionnaireResponse.Submitted)
            .GroupBy(r => r.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return surveys.Select(s => new SurveySummary(s, invited.GetValueOrDefault(s.Id), answered.GetValueOrDefault(s.Id))).ToList();
    }

    /// <summary>The survey when it belongs to the area; null otherwise, so one area never reaches another's.</summary>
    public Task<Survey?> FindAsync(int areaId, int id, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.AreaId == areaId, cancellationToken);

    public Task<Survey?> FindByNameAsync(int areaId, string name, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.AreaId == areaId && s.Name == name.Trim().ToLower(), cancellationToken);

    /// <summary>Makes a draft survey, from seed 000's template (with the area's districts for Q3) or with one empty section.</summary>
    public async Task<Outcome<Survey>> CreateAsync(int areaId, string? name, string? title, bool fromTemplate, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var shortName = name?.Trim().ToLowerInvariant() ?? "";
        if (shortName.Length == 0)
        {
            errors.Add("Name", "Enter a short name for the survey, like pvi-2027");
        }
        else if (shortName.Length > Survey.MaxName || !ShortName().IsMatch(shortName))
        {
            errors.Add("Name", $"The short name must be up to {Survey.MaxName} lower case letters, digits and hyphens, like pvi-2027");
        }
        else if (await db.Surveys.AnyAsync(s => s.AreaId == areaId && s.Name == shortName, cancellationToken))
        {
            errors.Add("Name", $"This area already has a survey called '{shortName}'. Choose another short name");
        }
        var heading = string.IsNullOrWhiteSpace(title) ? (fromTemplate ? PviSurveyTemplate.Title : "") : title.Trim();
        if (heading.Length == 0)
        {
            errors.Add("Title", "Enter the survey's title, as people answering it will see it");
        }
        else if (heading.Length > Survey.MaxTitle)
        {
            errors.Add("Title", $"The title must be {Survey.MaxTitle} characters or fewer");
        }
        if (errors.Any)
        {
            return Outcome<Survey>.Failure(errors);
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.AreaId == areaId).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        var questionnaire = fromTemplate
            ? PviSurveyTemplate.Build(districts) with { Title = heading }
            : new Questionnaire(heading, [new QuestionSection("questions", "Questions", null, [])]);
        var survey = new Survey
        {
            AreaId = areaId, Name = shortName, Title = heading, Status = Survey.Draft, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Introduction = fromTemplate ? "Your answers help the partnership plan training, recruitment and support for organisations like yours. It takes about 15 minutes." : null,
            QuestionnaireJson = SurveyJson.Write(questionnaire),
            SettingsJson = SurveyJson.Write(fromTemplate ? PviSurveyTemplate.Settings() : SurveySettings.Empty()),
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        Audit("survey-create", survey, new() { ["name"] = new(null, shortName), ["template"] = new(null, fromTemplate ? PviSurveyTemplate.Name : "blank") });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Survey>.Success(survey);
    }

    /// <summary>Stores a builder change, only while the survey is a draft.</summary>
    public async Task<FieldErrors> ChangeQuestionsAsync(Survey survey, Func<Questionnaire, (Questionnaire? Result, FieldErrors Errors)> change,
        CancellationToken cancellationToken = default)
    {
        if (survey.Status != Survey.Draft)
        {
            return new FieldErrors().Add("Question", "The questions cannot change once the survey has opened: every answer must read against the questions it was given");
        }
        var (result, errors) = change(survey.Questionnaire());
        if (result is null)
        {
            return errors;
        }
        var json = SurveyJson.Write(result);
        await db.Surveys.Where(s => s.Id == survey.Id && s.Status == Survey.Draft).ExecuteUpdateAsync(u => u.SetProperty(s => s.QuestionnaireJson, json), cancellationToken);
        survey.QuestionnaireJson = json;
        return errors;
    }

    public async Task<FieldErrors> SetIntroductionAsync(Survey survey, string? title, string? introduction, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var heading = title?.Trim() ?? "";
        if (heading.Length is 0 or > Survey.MaxTitle)
        {
            errors.Add("Title", heading.Length == 0 ? "Enter the survey's title" : $"The title must be {Survey.MaxTitle} characters or fewer");
        }
        var intro = string.IsNullOrWhiteSpace(introduction) ? null : introduction.Trim();
        if (intro is { Length: > 2000 })
        {
            errors.Add("Introduction", "The introduction must be 2,000 characters or fewer");
        }
        if (errors.Any)
        {
            return errors;
        }
        var questionnaire = SurveyJson.Write(survey.Questionnaire() with { Title = heading });
        await db.Surveys.Where(s => s.Id == survey.Id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.Title, heading).SetProperty(s => s.Introduction, intro).SetProperty(s => s.QuestionnaireJson, questionnaire), cancellationToken);
        return errors;
    }

    /// <summary>Sets the bands of a number question, written one per line (<see cref="NumberBands.Parse"/>).</summary>
    public async Task<FieldErrors> SetBandsAsync(Survey survey, string questionKey, string? text, CancellationToken cancellationToken = default)
    {
        var question = survey.Questionnaire().Question(questionKey);
        if (question is not { Type: QuestionType.Number })
        {
            return new FieldErrors().Add("Bands", "Bands are set for number questions only");
        }
        var (bands, errors) = NumberBands.Parse("Bands", text, question.Unit);
        if (errors.Any)
        {
            return errors;
        }
        var settings = survey.Settings();
        settings.Bands[questionKey] = [.. bands];
        await SaveSettingsAsync(survey, settings, cancellationToken);
        return errors;
    }

    /// <summary>Adds a theme (name and colour) that a free-text question's answers can be sorted into.</summary>
    public async Task<FieldErrors> AddThemeAsync(Survey survey, string questionKey, string? name, string? colour, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var question = survey.Questionnaire().Question(questionKey);
        var settings = survey.Settings();
        var themes = settings.ThemesFor(questionKey).ToList();
        var label = name?.Trim() ?? "";
        if (question is not { Type: QuestionType.Text })
        {
            errors.Add("ThemeName", "Themes are for free-text questions only");
        }
        else if (label.Length is 0 or > 60)
        {
            errors.Add("ThemeName", label.Length == 0 ? "Enter the theme's name, like Networking" : "The theme's name must be 60 characters or fewer");
        }
        else if (themes.Any(t => string.Equals(t.Name, label, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("ThemeName", $"This question already has a theme called '{label}'");
        }
        else if (themes.Count >= 12)
        {
            errors.Add("ThemeName", "A question can have at most 12 themes");
        }
        if (ThemeColours.All.All(c => c.Hex != colour))
        {
            errors.Add("ThemeColour", "Choose a colour for the theme");
        }
        if (errors.Any)
        {
            return errors;
        }
        var key = PviSurveyTemplate.Slug(label);
        while (themes.Any(t => t.Key == key))
        {
            key += "-2";
        }
        themes.Add(new SurveyTheme(key, label, colour!));
        settings.Themes[questionKey] = themes;
        await SaveSettingsAsync(survey, settings, cancellationToken);
        return errors;
    }

    public async Task RemoveThemeAsync(Survey survey, string questionKey, string themeKey, CancellationToken cancellationToken = default)
    {
        var settings = survey.Settings();
        settings.Themes[questionKey] = settings.ThemesFor(questionKey).Where(t => t.Key != themeKey).ToList();
        await SaveSettingsAsync(survey, settings, cancellationToken);
        await db.SurveyAnswerThemes.Where(t => t.SurveyId == survey.Id && t.QuestionKey == questionKey && t.ThemeKey == themeKey).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task SaveSettingsAsync(Survey survey, SurveySettings settings, CancellationToken cancellationToken)
    {
        var json = SurveyJson.Write(settings);
        await db.Surveys.Where(s => s.Id == survey.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SettingsJson, json), cancellationToken);
        survey.SettingsJson = json;
    }

    /// <summary>Opens a draft (it must have a question) or closes an open survey; with an open link when asked.</summary>
    public async Task<FieldErrors> SetStatusAsync(Survey survey, string status, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        if (status == Survey.Open && survey.Status == Survey.Draft)
        {
            if (!survey.Questionnaire().Questions.Any())
            {
                return errors.Add("Status", "Add at least one question before opening the survey");
            }
            await db.Surveys.Where(s => s.Id == survey.Id && s.Status == Survey.Draft)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, Survey.Open).SetProperty(s => s.OpenedAt, now), cancellationToken);
        }
        else if (status == Survey.Closed && survey.Status == Survey.Open)
        {
            await db.Surveys.Where(s => s.Id == survey.Id && s.Status == Survey.Open)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, Survey.Closed).SetProperty(s => s.ClosedAt, now), cancellationToken);
        }
        else
        {
            return errors.Add("Status", survey.Status == Survey.Closed ? "This survey has closed: it cannot open again. Start a new survey" : "The survey is already " + survey.Status);
        }
        Audit("survey-" + (status == Survey.Open ? "open" : "close"), survey, new() { ["status"] = new(survey.Status, status) });
        await db.SaveChangesAsync(cancellationToken);
        survey.Status = status;
        return errors;
    }

    /// <summary>Turns the open link on (anyone with it may answer, once per visit) or off.</summary>
    public async Task<string?> SetOpenLinkAsync(Survey survey, bool on, CancellationToken cancellationToken = default)
    {
        var token = on ? survey.OpenToken ?? Codes.NewToken() : null;
        await db.Surveys.Where(s => s.Id == survey.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.OpenToken, token), cancellationToken);
        Audit("survey-open-link", survey, new() { ["openLink"] = new(survey.OpenToken is null ? "off" : "on", on ? "on" : "off") });
        await db.SaveChangesAsync(cancellationToken);
        survey.OpenToken = token;
        return token;
    }

    private void Audit(string action, Survey survey, Dictionary<string, FieldChange> changes) =>
        audit.Record(action, "Survey", survey.Id.ToString(CultureInfo.InvariantCulture), changes, survey.AreaId);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ShortName();
}
