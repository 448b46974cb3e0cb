using System.Text.Json;
using System.Text.Json.Serialization;
using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Core.Surveys;

/// <summary>
/// A survey an area runs on the questionnaire engine, such as seed 000's survey of private, voluntary and independent
/// organisations. Built and changed while a draft; open while it takes answers (by one personal link per organisation, or
/// an open link); closed afterwards, when its analysis reads the same for good.
/// </summary>
public class Survey
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";
    /// <summary>The <see cref="QuestionnaireResponse.Kind"/> of its answers.</summary>
    public const string ResponseKind = "survey";
    public const int MaxName = 60;
    public const int MaxTitle = 200;

    public int Id { get; set; }
    public int AreaId { get; set; }
    /// <summary>A short name, unique in the area, that the CLI finds it by, such as <c>pvi-2027</c>.</summary>
    public required string Name { get; set; }
    public required string Title { get; set; }
    public string? Introduction { get; set; }
    public required string Status { get; set; }
    /// <summary>The questions as JSON (<see cref="SurveyJson"/>).</summary>
    public required string QuestionnaireJson { get; set; }
    /// <summary>Bands and themes as JSON (<see cref="SurveySettings"/>).</summary>
    public required string SettingsJson { get; set; }
    /// <summary>The open link's token, when anyone with the link may answer; null when only invited organisations can.</summary>
    public string? OpenToken { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    public Questionnaire Questionnaire() => SurveyJson.ReadQuestionnaire(QuestionnaireJson);

    public SurveySettings Settings() => SurveyJson.ReadSettings(SettingsJson);
}

/// <summary>A survey sent to one organisation of the directory: its personal link answers once.</summary>
public class SurveyInvitation
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public int OrganisationId { get; set; }
    public required string Email { get; set; }
    /// <summary>The response the link opens, made when the invitation is sent.</summary>
    public int ResponseId { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime? RemindedAt { get; set; }
    public int Reminders { get; set; }
}

/// <summary>One free-text answer tagged with one of the lead's themes.</summary>
public class SurveyAnswerTheme
{
    public int SurveyId { get; set; }
    public int ResponseId { get; set; }
    public required string QuestionKey { get; set; }
    public required string ThemeKey { get; set; }
}

/// <summary>A theme the lead sorts a question's free-text answers into, with its colour (as the engagement event did).</summary>
public sealed record SurveyTheme(string Key, string Name, string Colour);

/// <summary>How a survey's answers are summarised: bands for number questions and themes for free text, by question key.</summary>
public sealed record SurveySettings(Dictionary<string, List<NumberBand>> Bands, Dictionary<string, List<SurveyTheme>> Themes)
{
    public static SurveySettings Empty() => new([], []);

    public IReadOnlyList<NumberBand> BandsFor(string key) => Bands.TryGetValue(key, out var b) ? b : [];

    public IReadOnlyList<SurveyTheme> ThemesFor(string key) => Themes.TryGetValue(key, out var t) ? t : [];
}

/// <summary>Colours a theme may take: GOV.UK colours, each named so colour is never the only way to tell them apart.</summary>
public static class ThemeColours
{
    public static readonly IReadOnlyList<(string Hex, string Name)> All =
    [
        ("#1d70b8", "Blue"), ("#00703c", "Green"), ("#f47738", "Orange"), ("#4c2c92", "Purple"), ("#d53880", "Pink"),
        ("#28a197", "Turquoise"), ("#d4351c", "Red"), ("#b58840", "Brown"), ("#505a5f", "Grey"),
    ];

    public static string NameOf(string hex) => All.FirstOrDefault(c => c.Hex == hex).Name ?? hex;
}

/// <summary>The one way surveys are written to and read from JSON.</summary>
public static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write(Questionnaire questionnaire) => JsonSerializer.Serialize(questionnaire, Options);

    public static string Write(SurveySettings settings) => JsonSerializer.Serialize(settings, Options);

    public static Questionnaire ReadQuestionnaire(string json) => JsonSerializer.Deserialize<Questionnaire>(json, Options) ?? new Questionnaire("", []);

    public static SurveySettings ReadSettings(string json) => JsonSerializer.Deserialize<SurveySettings>(json, Options) ?? SurveySettings.Empty();
}
