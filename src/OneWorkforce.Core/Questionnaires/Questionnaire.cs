using System.Text.Json.Serialization;

namespace OneWorkforce.Core.Questionnaires;

/// <summary>The kinds of question the engine asks, each shown with the matching GOV.UK pattern.</summary>
public enum QuestionType
{
    /// <summary>1 to 5 on a labelled scale, with "Don't know" (stored as "1"–"5" or "dk").</summary>
    Scale,
    /// <summary>One of a list of options (radios).</summary>
    SingleChoice,
    /// <summary>Any of a list of options (checkboxes); stored one per line.</summary>
    MultipleChoice,
    /// <summary>Yes, no or maybe (stored as "yes", "no", "maybe").</summary>
    YesNoMaybe,
    /// <summary>A whole number between optional limits.</summary>
    Number,
    /// <summary>Free text up to a length.</summary>
    Text,
}

public sealed record QuestionOption(string Value, string Label);

/// <summary>Routing: the question is asked only when an earlier one was answered with one of these values.</summary>
public sealed record ShowWhen(string QuestionKey, IReadOnlyList<string> Values);

public sealed record Question(
    string Key,
    string Text,
    QuestionType Type,
    bool Required = false,
    string? Hint = null,
    IReadOnlyList<QuestionOption>? Options = null,
    int? Minimum = null,
    int? Maximum = null,
    int MaxLength = Question.DefaultMaxLength,
    ShowWhen? ShowWhen = null,
    string? Unit = null)
{
    public const int DefaultMaxLength = 2000;

    [JsonIgnore]
    public IReadOnlyList<QuestionOption> Choices => Type switch
    {
        QuestionType.Scale => ScaleChoices,
        QuestionType.YesNoMaybe => YesNoMaybeChoices,
        _ => Options ?? [],
    };

    public static readonly IReadOnlyList<QuestionOption> YesNoMaybeChoices = [new("yes", "Yes"), new("no", "No"), new("maybe", "Maybe")];

    /// <summary>The 1–5 scale of seed 003 §4.2, then "Don't know".</summary>
    public static readonly IReadOnlyList<QuestionOption> ScaleChoices =
    [
        new("1", "1 – Fragmented"),
        new("2", "2 – Starting to integrate"),
        new("3", "3 – Reasonable"),
        new("4", "4 – Mostly integrated"),
        new("5", "5 – Integrated and reformed"),
        new(Answers.DontKnow, "Don't know"),
    ];
}

/// <summary>A page of the questionnaire: on a phone one section (one arc of the rainbow) is one page.</summary>
public sealed record QuestionSection(string Key, string Title, string? Introduction, IReadOnlyList<Question> Questions);

public sealed record Questionnaire(string Title, IReadOnlyList<QuestionSection> Sections)
{
    [JsonIgnore]
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    public QuestionSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);

    public Question? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);
}
