using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Core.Training;

/// <summary>
/// Evaluation of training (seed 001 priority 7: "ensure quality of training and development provision and introduce
/// evaluation mechanisms"; its measures: "numbers attending training and evaluation of the impact of training"). Two
/// anonymous questionnaires on the questionnaire engine: feedback straight after a course, and an impact follow-up some
/// weeks later. Both ask what made training hard to get to, in the words of seed 000 question 14.
/// </summary>
public static class TrainingEvaluation
{
    public const string FeedbackKind = "training-feedback";
    public const string ImpactKind = "training-impact";
    /// <summary>Weeks after the course that the impact follow-up goes.</summary>
    public const int ImpactAfterWeeks = 6;
    /// <summary>Courses further back than this get no follow-up (so a first run does not email years of attendees).</summary>
    public const int ImpactNoLaterThanWeeks = 16;
    /// <summary>Fewer responses than this and a course's figures and comments are hidden, to keep answers anonymous.</summary>
    public const int MinimumResponses = 5;

    /// <summary>The barriers of seed 000 question 14, grouped as its engagement day did (practical issues, awareness, resources).</summary>
    public static readonly IReadOnlyList<QuestionOption> Barriers =
    [
        new("cost", "Cost of courses, or no training budget"),
        new("distance", "Distance, or courses not in the right area"),
        new("timing", "Timing: courses in working hours, or not on evenings or weekends"),
        new("cover", "Finding cover for staff, or time away from work"),
        new("not-knowing", "Not knowing what training was available"),
        new("venue", "Venues hard to reach or not accessible"),
        new("childcare", "Childcare"),
        new("none", "Nothing made it hard"),
    ];

    private static readonly IReadOnlyList<QuestionOption> Rating =
        [new("1", "1 – Very poor"), new("2", "2 – Poor"), new("3", "3 – Satisfactory"), new("4", "4 – Good"), new("5", "5 – Very good")];

    private static readonly IReadOnlyList<QuestionOption> Confidence =
        [new("1", "1 – Not at all confident"), new("2", "2 – A little confident"), new("3", "3 – Fairly confident"), new("4", "4 – Confident"), new("5", "5 – Very confident")];

    public static readonly Questionnaire Feedback = new("Feedback on the course",
    [
        new("course", "The course", null,
        [
            new("overall", "Overall, how good was the course?", QuestionType.SingleChoice, Required: true, Options: Rating),
            new("aims", "Did the course do what it said it would?", QuestionType.SingleChoice, Required: true,
                Options: [new("yes", "Yes"), new("partly", "Partly"), new("no", "No")]),
            new("trainer", "How good was the trainer?", QuestionType.SingleChoice, Required: true, Options: Rating),
            new("arrangements", "How good were the venue or the online arrangements?", QuestionType.SingleChoice, Options: Rating),
            new("confidence", "How confident are you now in what the course covered?", QuestionType.SingleChoice, Required: true, Options: Confidence),
            new("barriers", "Did anything make it hard to get to this training?", QuestionType.MultipleChoice, Required: true,
                Hint: "Select all that apply", Options: Barriers),
            new("change", "What will you do differently in your work?", QuestionType.Text, MaxLength: 1000),
            new("comments", "Anything else to tell the provider?", QuestionType.Text, MaxLength: 1000),
        ]),
    ]);

    public static readonly Questionnaire Impact = new("How the course has helped",
    [
        new("impact", "Since the course", null,
        [
            new("used", "Have you used what you learnt in your work?", QuestionType.SingleChoice, Required: true,
                Options: [new("often", "Yes, often"), new("sometimes", "Yes, sometimes"), new("not-yet", "Not yet"), new("no", "No")]),
            new("confidence", "How confident are you now in what the course covered?", QuestionType.SingleChoice, Required: true, Options: Confidence),
            new("difference", "Has it made a difference to the children, young people or families you work with?", QuestionType.YesNoMaybe, Required: true),
            new("example", "If it has made a difference, tell us about one", QuestionType.Text, MaxLength: 1000, ShowWhen: new ShowWhen("difference", ["yes"])),
            new("stopped", "If you have not used it yet, what has stopped you?", QuestionType.MultipleChoice, Hint: "Select all that apply",
                Options: [new("no-chance", "No chance to use it yet"), new("no-support", "No support from my manager or colleagues"),
                          new("not-relevant", "Not relevant to my role"), new("need-more", "I need more training or practice")],
                ShowWhen: new ShowWhen("used", ["not-yet", "no"])),
            new("barriers", "Has anything made it hard to get to more training since?", QuestionType.MultipleChoice, Hint: "Select all that apply", Options: Barriers),
        ]),
    ]);

    public static Questionnaire For(string kind) => kind == ImpactKind ? Impact : Feedback;

    /// <summary>The figures of a set of submitted answers (one dictionary per response, question key to answer).</summary>
    public static EvaluationSummary Summarise(IReadOnlyList<IReadOnlyDictionary<string, string>> feedback, IReadOnlyList<IReadOnlyDictionary<string, string>> impact)
    {
        var barriers = Barriers.Select(b => new BarrierCount(b.Value, b.Label,
                feedback.Count(a => Chose(a, "barriers", b.Value)) + impact.Count(a => Chose(a, "barriers", b.Value))))
            .ToList();
        return new EvaluationSummary(
            feedback.Count,
            Mean(feedback, "overall"),
            Share(feedback, "aims", "yes"),
            Mean(feedback, "trainer"),
            Mean(feedback, "confidence"),
            impact.Count,
            Share(impact, "used", "often", "sometimes"),
            Share(impact, "difference", "yes"),
            Mean(impact, "confidence"),
            barriers,
            feedback.Count(a => a.ContainsKey("barriers")) + impact.Count(a => a.ContainsKey("barriers")));
    }

    private static bool Chose(IReadOnlyDictionary<string, string> answers, string key, string value) =>
        answers.TryGetValue(key, out var given) && given.Split(Answers.ChoiceSeparator).Contains(value);

    /// <summary>The mean of the 1–5 answers given to a question, to two places; null when nobody answered it.</summary>
    public static decimal? Mean(IReadOnlyList<IReadOnlyDictionary<string, string>> responses, string key)
    {
        var values = responses.Select(a => a.TryGetValue(key, out var v) && int.TryParse(v, out var n) && n is >= 1 and <= 5 ? n : (int?)null)
            .Where(n => n is not null).Select(n => n!.Value).ToList();
        return values.Count == 0 ? null : Math.Round((decimal)values.Sum() / values.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The share (0 to 1, to three places) of those who answered a question who gave one of these answers; null when nobody answered.</summary>
    public static decimal? Share(IReadOnlyList<IReadOnlyDictionary<string, string>> responses, string key, params string[] answers)
    {
        var answered = responses.Where(a => a.ContainsKey(key)).ToList();
        return answered.Count == 0 ? null
            : Math.Round((decimal)answered.Count(a => answers.Contains(a[key])) / answered.Count, 3, MidpointRounding.AwayFromZero);
    }
}

public sealed record BarrierCount(string Code, string Label, int People);

/// <summary>What the evaluations of a course, a provider's courses or an area's say.</summary>
public sealed record EvaluationSummary(
    int FeedbackResponses,
    decimal? OverallRating,
    decimal? MetAims,
    decimal? TrainerRating,
    decimal? Confidence,
    int ImpactResponses,
    decimal? UsingLearning,
    decimal? MadeADifference,
    decimal? ConfidenceLater,
    IReadOnlyList<BarrierCount> Barriers,
    int AnsweredBarriers)
{
    /// <summary>Enough feedback to show its figures without anyone's answers being picked out.</summary>
    public bool FeedbackShown => FeedbackResponses >= TrainingEvaluation.MinimumResponses;

    public bool ImpactShown => ImpactResponses >= TrainingEvaluation.MinimumResponses;

    public bool BarriersShown => AnsweredBarriers >= TrainingEvaluation.MinimumResponses;
}
