using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Assessment;

/// <summary>
/// The self-assessment as a questionnaire for one respondent group: one section per arc (one page on a
/// phone), each with the eight stage statements on the 1–5 scale and an optional comment.
/// </summary>
public static class AssessmentQuestionnaire
{
    public static string ItemKey(int arc, int stage) => $"a{arc}s{stage}";

    public static string CommentKey(int arc) => $"c{arc}";

    public static string SectionKey(int arc) => $"arc-{arc}";

    public const int CommentMaxLength = 2000;

    /// <param name="statement">The wording of each cell for this group: the cycle's own copy of the framework.</param>
    public static Questionnaire Build(string title, string group, Func<int, int, string> statement) =>
        new(title, Ocwt.Arcs.Select(arc => new QuestionSection(
            SectionKey(arc.Number),
            arc.Name,
            group == RespondentGroups.ChildrenAndFamilies
                ? "How true is each sentence for you? 1 means not at all, 5 means completely. Choose Don't know if you are not sure."
                : "How far has your area got? 1 means fragmented, 5 means integrated and reformed. Choose Don't know if you cannot say.",
            Ocwt.Stages.Select(stage => new Question(ItemKey(arc.Number, stage.Number), statement(arc.Number, stage.Number), QuestionType.Scale, Required: true,
                    Hint: $"Stage {stage.Number}: {stage.Name}"))
                .Append(new Question(CommentKey(arc.Number), $"Is there anything you want to tell us about {LowerFirst(arc.Name)}?", QuestionType.Text,
                    Hint: "Optional. Do not include names or anything that could identify a child or family.", MaxLength: CommentMaxLength))
                .ToList())).ToList());

    /// <summary>The response's 64 scale answers as a <see cref="ScoreLine"/>.</summary>
    public static string Line(IReadOnlyDictionary<string, string> answers) =>
        ScoreLine.From((arc, stage) => answers.TryGetValue(ItemKey(arc, stage), out var v) ? v : null);

    private static string LowerFirst(string text) =>
        text.StartsWith("Every Child", StringComparison.Ordinal) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
