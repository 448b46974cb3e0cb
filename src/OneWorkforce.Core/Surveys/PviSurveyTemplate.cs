using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Core.Surveys;

/// <summary>
/// Seed 000's "Survey on Engagement" of private, voluntary and independent organisations, as its report describes the 21
/// questions (Q4 staffing asks four numbers, Q12 two, Q17 a choice and the toolkit's contents). An area starts a survey
/// from it, changes what it needs, and gets the report's analysis from the answers. Q3 lists the area's own districts.
/// </summary>
public static class PviSurveyTemplate
{
    public const string Name = "pvi-engagement";
    public const string Title = "Survey on engagement: workforce development in private, voluntary and independent organisations";
    public const string MultipleDistricts = "multiple";

    public static readonly IReadOnlyList<QuestionOption> YesNo = [new("yes", "Yes"), new("no", "No")];

    public static Questionnaire Build(IReadOnlyList<string> districts) => new(Title,
    [
        new("organisation", "Your organisation", "About the children, young people and families you work with, and who works for you.",
        [
            new("q1", "Which ages of children and young people do you support?", QuestionType.MultipleChoice, Required: true, Hint: "Select all that apply",
                Options: [new("0-4", "0 to 4 years (early years)"), new("5-11", "5 to 11 years"), new("12-19", "12 to 19 years"), new("20-25", "19 to 25 years"), new("families", "Parents and families")]),
            new("q2", "What are the main services you provide?", QuestionType.MultipleChoice, Required: true, Hint: "Select all that apply",
                Options:
                [
                    new("early-years", "Early years and childcare"), new("education", "Education and learning"), new("health", "Health"),
                    new("family-support", "Family support and social care"), new("youth", "Youth work"), new("play", "Play, sport and leisure"),
                    new("faith", "Faith-based work"), new("advice", "Advice, information and counselling"), new("other", "Something else"),
                ]),
            new("q3", "Where does your organisation work?", QuestionType.SingleChoice, Required: true,
                Options: [.. districts.Select(d => new QuestionOption(Slug(d), d)), new(MultipleDistricts, "In more than one district, or across the whole area")]),
            new("q4a", "How many full-time paid staff do you have?", QuestionType.Number, Minimum: 0, Maximum: 100_000),
            new("q4b", "How many part-time paid staff do you have?", QuestionType.Number, Minimum: 0, Maximum: 100_000),
            new("q4c", "How many volunteers do you have?", QuestionType.Number, Minimum: 0, Maximum: 100_000),
            new("q4d", "How many people are on your management committee or board of trustees?", QuestionType.Number, Minimum: 0, Maximum: 1_000),
        ]),
        new("partners", "Working with partners", null,
        [
            new("q5", "Do you work in partnership with other organisations?", QuestionType.SingleChoice, Required: true, Options: YesNo),
            new("q6", "Who are your partners, and how well does working with them go?", QuestionType.Text, ShowWhen: new("q5", ["yes"])),
            new("q7", "What would help you work more closely with other organisations?", QuestionType.Text),
        ]),
        new("recruitment", "Recruitment", null,
        [
            new("q8", "Have you recruited staff or volunteers in the last 12 months?", QuestionType.SingleChoice, Required: true, Options: YesNo),
            new("q9", "Where did you advertise, and which worked best?", QuestionType.Text, ShowWhen: new("q8", ["yes"])),
            new("q10", "What would help you recruit staff and volunteers?", QuestionType.Text),
        ]),
        new("training", "Training", null,
        [
            new("q11", "Do you have a budget for training?", QuestionType.SingleChoice, Required: true, Options: YesNo),
            new("q12a", "How much did you spend on training in the last 12 months?", QuestionType.Number, Hint: "In pounds, for example 1500",
                Minimum: 0, Maximum: 100_000_000, ShowWhen: new("q11", ["yes"]), Unit: "£"),
            new("q12b", "What is your organisation's annual expenditure?", QuestionType.Number, Hint: "In pounds, for example 45000",
                Minimum: 0, Maximum: 2_000_000_000, Unit: "£"),
            new("q13", "What training have you provided or used in the last 12 months?", QuestionType.Text),
            new("q14", "Do you have any barriers to getting training?", QuestionType.SingleChoice, Required: true, Options: YesNo),
            new("q15", "What would help overcome the barriers to training?", QuestionType.Text),
        ]),
        new("induction", "Induction", null,
        [
            new("q16", "What induction do you give new staff and volunteers?", QuestionType.Text),
            new("q17", "Would you use a web-based induction toolkit?", QuestionType.YesNoMaybe),
            new("q17b", "What should an induction toolkit include?", QuestionType.Text),
        ]),
        new("turnover", "Keeping staff", null,
        [
            new("q18", "Is staff turnover an issue for you?", QuestionType.SingleChoice, Options: YesNo),
            new("q19", "What would help with staff turnover?", QuestionType.Text),
        ]),
        new("engagement", "Taking part", null,
        [
            new("q20", "Would you take part in a cross-sector partnership group on workforce development?", QuestionType.YesNoMaybe),
            new("q21", "Would you like to receive news about workforce development?", QuestionType.YesNoMaybe),
        ]),
    ]);

    /// <summary>The report's bands (Q12) and the themes the engagement event coloured answers with (Q7, Q10, Q14 and Q15).</summary>
    public static SurveySettings Settings() => new(
        new() { ["q12a"] = [.. NumberBands.TrainingBudget], ["q12b"] = [.. NumberBands.Turnover] },
        new()
        {
            ["q7"] = [new("networking", "Networking", "#1d70b8"), new("resources", "Resources", "#00703c"), new("joint-advertising", "Joint advertising", "#f47738"), new("directory", "Directory or database", "#4c2c92")],
            ["q10"] = [new("skills-support", "Skills and support", "#1d70b8"), new("infrastructure", "Infrastructure", "#00703c"), new("resources", "Resources", "#f47738")],
            ["q15"] = [new("practical", "Practical issues", "#1d70b8"), new("awareness", "Awareness", "#00703c"), new("resources", "Resources", "#f47738")],
        });

    /// <summary>A stored value for a label: lower case letters and digits joined by hyphens.</summary>
    public static string Slug(string label)
    {
        var chars = label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "option" : slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }
}
