using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.UnitTests.Questionnaires;

public sealed class AnswersTests
{
    private static readonly Question Recruited = new("recruited", "Have you recruited in the last 12 months?", QuestionType.YesNoMaybe, Required: true);
    private static readonly Question Advertising = new("advertising", "Which advertising worked best?", QuestionType.MultipleChoice, Required: true,
        Options: [new("press", "Local press"), new("web", "Websites"), new("word", "Word of mouth")], ShowWhen: new ShowWhen("recruited", ["yes"]));
    private static readonly Question Staff = new("staff", "How many paid staff?", QuestionType.Number, Minimum: 0, Maximum: 5000);
    private static readonly Question Barriers = new("barriers", "What stops staff training?", QuestionType.Text, MaxLength: 20);
    private static readonly QuestionSection Section = new("s1", "Recruitment", null, [Recruited, Advertising, Staff, Barriers]);

    private static (Dictionary<string, string?>, OneWorkforce.Core.Validation.FieldErrors) Read(Dictionary<string, string[]> posted, bool require = true) =>
        Answers.Read(Section, key => posted.TryGetValue(key, out var v) ? v : [], new Dictionary<string, string>(), require);

    [Fact]
    public void Routing_asks_the_follow_up_only_after_the_answer_that_leads_to_it()
    {
        var (no, noErrors) = Read(new() { ["recruited"] = ["no"], ["advertising"] = ["press"] });
        Assert.False(noErrors.Any);
        Assert.Null(no["advertising"]); // not asked, so not kept

        var (_, yesErrors) = Read(new() { ["recruited"] = ["yes"] });
        Assert.Equal("Select at least one answer to 'Which advertising worked best?'", yesErrors.For("advertising"));

        var (yes, _) = Read(new() { ["recruited"] = ["YES"], ["advertising"] = ["word", "press", "word"] });
        Assert.Equal("yes", yes["recruited"]);
        Assert.Equal("press\nword", yes["advertising"]); // the options' order, once each
    }

    [Theory]
    [InlineData("staff", "12", "12", null)]
    [InlineData("staff", "1,250", "1250", null)]
    [InlineData("staff", "-1", null, "'How many paid staff?' must be 0 or more")]
    [InlineData("staff", "5001", null, "'How many paid staff?' must be 5000 or less")]
    [InlineData("staff", "twelve", null, "'How many paid staff?' must be a whole number, like 12")]
    [InlineData("staff", "99999999999", null, "'How many paid staff?' must be a whole number, like 12")]
    [InlineData("barriers", "Cost and cover", "Cost and cover", null)]
    [InlineData("barriers", "Cost, cover, distance, time", null, "Your answer to 'What stops staff training?' must be 20 characters or fewer; it has 27")]
    [InlineData("recruited", "perhaps", null, "'perhaps' is not one of the answers to 'Have you recruited in the last 12 months?'. Select one of: Yes, No, Maybe")]
    public void Each_type_checks_its_answer(string key, string typed, string? stored, string? error)
    {
        var question = Section.Questions.Single(q => q.Key == key);
        var (value, problem) = Answers.Check(question, [typed]);
        Assert.Equal(stored, value);
        Assert.Equal(error, problem);
    }

    [Fact]
    public void Saving_for_later_keeps_blanks_but_sending_lists_every_required_question_left()
    {
        var (_, later) = Read(new() { ["staff"] = ["3"] }, require: false);
        Assert.False(later.Any);

        var questionnaire = AssessmentQuestionnaire.Build("Test", RespondentGroups.Leaders, (a, s) => OcwtStatements.Default(a, s, RespondentGroups.Leaders));
        var answers = Enumerable.Range(1, 8).SelectMany(a => Enumerable.Range(1, 8).Select(s => (a, s)))
            .Where(c => c != (3, 4) && c != (8, 1)).ToDictionary(c => AssessmentQuestionnaire.ItemKey(c.a, c.s), _ => "3");
        var left = Answers.Unanswered(questionnaire, answers);
        Assert.Equal(["a3s4", "a8s1"], left.Select(l => l.Question.Key));
        Assert.Equal(8, questionnaire.Sections.Count);
        Assert.All(questionnaire.Sections, s => Assert.Equal(9, s.Questions.Count)); // 8 statements and a comment
        Assert.Equal(64, questionnaire.Questions.Count(q => q.Type == QuestionType.Scale));
    }

    [Fact]
    public void Every_cell_has_a_statement_for_every_group_and_children_get_their_own_wording()
    {
        var all = (from g in RespondentGroups.All from a in Ocwt.Arcs from s in Ocwt.Stages select (g.Code, Text: OcwtStatements.Default(a.Number, s.Number, g.Code))).ToList();
        Assert.Equal(256, all.Count);
        Assert.Equal(256, all.Select(x => x.Text).Distinct().Count());
        Assert.All(all, x => Assert.True(x.Text.Length <= OcwtStatements.MaxLength && char.IsUpper(x.Text[0]) && x.Text.EndsWith('.')));
        Assert.Equal("Every time I get help, there are enough people to help us and we are kept safe.", OcwtStatements.Default(7, 7, RespondentGroups.ChildrenAndFamilies));
        Assert.DoesNotContain(all.Where(x => x.Code == RespondentGroups.ChildrenAndFamilies), x => x.Text.Contains("workforce", StringComparison.OrdinalIgnoreCase));
    }
}
