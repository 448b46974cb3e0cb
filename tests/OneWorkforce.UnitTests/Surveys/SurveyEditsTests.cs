using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;

namespace OneWorkforce.UnitTests.Surveys;

/// <summary>The survey builder: questions added, changed, moved and removed without ever leaving routing broken.</summary>
public sealed class SurveyEditsTests
{
    private static readonly Questionnaire Template = PviResponses.Questionnaire();

    [Fact]
    public void A_new_question_with_routing_goes_at_the_end_of_its_section_with_the_next_number()
    {
        var (result, errors) = SurveyEdits.Save(Template, null, new QuestionInput("recruitment", "Did the advert work?", null, "single-choice", true,
            "Yes\nNo\nNot sure", "q8", ["yes"]));
        Assert.False(errors.Any, errors.ToString());
        var section = result!.Section("recruitment")!;
        var added = section.Questions[^1];
        Assert.Equal(("q22", QuestionType.SingleChoice, true), (added.Key, added.Type, added.Required));
        Assert.Equal(["yes", "no", "not-sure"], added.Choices.Select(c => c.Value));
        Assert.Equal(new ShowWhen("q8", ["yes"]).QuestionKey, added.ShowWhen!.QuestionKey);
        Assert.Equal(Template.Questions.Count() + 1, result.Questions.Count());
    }

    [Theory]
    [InlineData("recruitment", "", "text", null, null, "Text", "Enter the question, for example 'Have you recruited staff in the last 12 months?'")]
    [InlineData("nowhere", "Q?", "text", null, null, "Section", "Choose the section the question goes in")]
    [InlineData("recruitment", "Q?", "essay", null, null, "Type", "Choose the kind of question")]
    [InlineData("recruitment", "Q?", "single-choice", "Only one", null, "Options", "Enter at least 2 answers to choose from, one on each line")]
    [InlineData("recruitment", "Q?", "single-choice", "A\na", null, "Options", "'A' is there twice. Keep one")]
    [InlineData("recruitment", "Q?", "text", null, "q10", "ShowWhenKey", "Ask this only after a question with a list of answers that comes before it")]
    [InlineData("organisation", "Q?", "text", null, "q8", "ShowWhenKey", "Ask this only after a question with a list of answers that comes before it")]
    public void Bad_questions_are_refused_with_the_field_to_fix(string section, string text, string type, string? options, string? showWhen, string field, string message)
    {
        var (result, errors) = SurveyEdits.Save(Template, null, new QuestionInput(section, text, null, type, false, options, showWhen, ["yes"]));
        Assert.Null(result);
        Assert.Equal(message, errors.For(field));
    }

    [Fact]
    public void Changing_a_question_keeps_its_place_and_the_values_of_unchanged_answers()
    {
        var (result, errors) = SurveyEdits.Save(Template, "q3", new QuestionInput("organisation", "Where do you work?", null, "single-choice", true,
            "Dacorum\nWatford\nSomewhere new"));
        Assert.False(errors.Any, errors.ToString());
        var q3 = result!.Question("q3")!;
        Assert.Equal(["dacorum", "watford", "somewhere-new"], q3.Choices.Select(c => c.Value));
        Assert.Equal(2, result.Section("organisation")!.Questions.ToList().FindIndex(q => q.Key == "q3"));
    }

    [Fact]
    public void A_question_others_depend_on_cannot_lose_that_answer_be_removed_or_move_after_them()
    {
        var (_, changed) = SurveyEdits.Save(Template, "q8", new QuestionInput("recruitment", "Recruited?", null, "single-choice", true, "Maybe\nNo"));
        Assert.Equal("'Where did you advertise, and which worked best?' is asked after a particular answer to 'Recruited?' that would no longer exist. Change that question's routing first", changed.For("Options"));
        var (_, removed) = SurveyEdits.Remove(Template, "q8");
        Assert.Equal("'Where did you advertise, and which worked best?' is asked depending on the answer to this question. Change or remove that question first", removed.For("Question"));
        var (_, moved) = SurveyEdits.Move(Template, "q8", +1);
        Assert.StartsWith("'Where did you advertise", moved.For("ShowWhenKey"));
        var (down, fine) = SurveyEdits.Move(Template, "q10", -1);
        Assert.False(fine.Any);
        Assert.Equal(["q8", "q10", "q9"], down!.Section("recruitment")!.Questions.Select(q => q.Key));
        var (gone, _) = SurveyEdits.Remove(Template, "q9");
        Assert.Null(gone!.Question("q9"));
    }

    [Fact]
    public void Sections_are_added_with_a_title()
    {
        var (result, errors) = SurveyEdits.AddSection(Template, "Events");
        Assert.False(errors.Any);
        Assert.Equal(("events", "Events"), (result!.Sections[^1].Key, result.Sections[^1].Title));
        Assert.Equal("Enter a title for the section, like 'Recruitment'", SurveyEdits.AddSection(Template, " ").Errors.For("SectionTitle"));
    }
}
