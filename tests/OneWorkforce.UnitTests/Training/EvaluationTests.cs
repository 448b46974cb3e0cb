using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Training;

namespace OneWorkforce.UnitTests.Training;

/// <summary>
/// Evaluation of training (seed 001 priority 7 and its measure "numbers attending training and evaluation of the impact
/// of training"); the barriers are seed 000 question 14's: distance, timing, cost, not knowing what is available, cover.
/// </summary>
public sealed class EvaluationTests
{
    private static IReadOnlyDictionary<string, string> A(params (string Key, string Value)[] answers) => answers.ToDictionary(a => a.Key, a => a.Value);

    [Fact]
    public void The_barriers_offered_are_those_seed_000_found_and_both_forms_ask_them()
    {
        Assert.Equal(["cost", "distance", "timing", "cover", "not-knowing", "venue", "childcare", "none"], TrainingEvaluation.Barriers.Select(b => b.Value));
        Assert.Same(TrainingEvaluation.Barriers, TrainingEvaluation.Feedback.Question("barriers")!.Options);
        Assert.Same(TrainingEvaluation.Barriers, TrainingEvaluation.Impact.Question("barriers")!.Options);
        Assert.True(TrainingEvaluation.Feedback.Question("barriers")!.Required);
        Assert.Same(TrainingEvaluation.Impact, TrainingEvaluation.For(TrainingEvaluation.ImpactKind));
        Assert.Same(TrainingEvaluation.Feedback, TrainingEvaluation.For(TrainingEvaluation.FeedbackKind));
    }

    [Fact]
    public void Ratings_are_means_of_those_who_answered_shares_are_of_those_who_answered_and_barriers_count_people()
    {
        var feedback = new[]
        {
            A(("overall", "4"), ("aims", "yes"), ("trainer", "5"), ("confidence", "4"), ("barriers", "cost")),
            A(("overall", "5"), ("aims", "yes"), ("trainer", "4"), ("confidence", "5"), ("barriers", "cost\ndistance")),
            A(("overall", "3"), ("aims", "partly"), ("trainer", "3"), ("confidence", "3"), ("barriers", "none")),
            A(("overall", "4"), ("aims", "no"), ("trainer", "4"), ("confidence", "3"), ("barriers", "timing")),
            A(("overall", "5"), ("aims", "yes"), ("confidence", "4")), // trainer and barriers not answered
        };
        var impact = new[]
        {
            A(("used", "often"), ("difference", "yes"), ("confidence", "5"), ("barriers", "cover\ncost")),
            A(("used", "not-yet"), ("difference", "maybe"), ("confidence", "3")),
            A(("used", "sometimes"), ("difference", "no"), ("confidence", "4")),
        };
        var s = TrainingEvaluation.Summarise(feedback, impact);
        Assert.Equal(5, s.FeedbackResponses);
        Assert.Equal(4.2m, s.OverallRating);     // 21 / 5
        Assert.Equal(0.6m, s.MetAims);           // 3 of 5 "yes"
        Assert.Equal(4m, s.TrainerRating);       // 16 / 4 who answered
        Assert.Equal(3.8m, s.Confidence);        // 19 / 5
        Assert.Equal(3, s.ImpactResponses);
        Assert.Equal(0.667m, s.UsingLearning);   // often or sometimes: 2 of 3
        Assert.Equal(0.333m, s.MadeADifference);
        Assert.Equal(4m, s.ConfidenceLater);
        Assert.Equal(3, s.Barriers.Single(b => b.Code == "cost").People); // two after the course, one later
        Assert.Equal(1, s.Barriers.Single(b => b.Code == "cover").People);
        Assert.Equal(0, s.Barriers.Single(b => b.Code == "childcare").People);
        Assert.Equal(5, s.AnsweredBarriers);
        Assert.True(s.FeedbackShown);
        Assert.False(s.ImpactShown); // 3 responses: hidden
        Assert.True(s.BarriersShown);
    }

    [Fact]
    public void Nothing_answered_gives_no_figure_rather_than_zero_and_four_responses_are_hidden()
    {
        var s = TrainingEvaluation.Summarise([A(("overall", "2")), A(("overall", "3")), A(("overall", "x")), A()], []);
        Assert.Equal(2.5m, s.OverallRating); // the answer that is not 1-5 is left out
        Assert.Null(s.MetAims);
        Assert.Null(s.UsingLearning);
        Assert.False(s.FeedbackShown);
        Assert.Equal(TrainingEvaluation.MinimumResponses, 5);
        Assert.Equal(2.67m, TrainingEvaluation.Mean([A(("k", "2")), A(("k", "3")), A(("k", "3"))], "k")); // 8 / 3 rounded half away
    }

    [Fact]
    public void The_impact_form_asks_for_an_example_only_after_a_yes_and_what_stopped_them_only_after_not_yet_or_no()
    {
        var example = TrainingEvaluation.Impact.Question("example")!;
        var stopped = TrainingEvaluation.Impact.Question("stopped")!;
        Assert.True(Answers.IsAsked(example, new Dictionary<string, string> { ["difference"] = "yes" }));
        Assert.False(Answers.IsAsked(example, new Dictionary<string, string> { ["difference"] = "no" }));
        Assert.True(Answers.IsAsked(stopped, new Dictionary<string, string> { ["used"] = "not-yet" }));
        Assert.False(Answers.IsAsked(stopped, new Dictionary<string, string> { ["used"] = "often" }));
    }
}
