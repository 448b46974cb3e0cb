using OneWorkforce.Core.Surveys;

namespace OneWorkforce.UnitTests.Surveys;

/// <summary>Responses keyed in from paper or exported from another tool: read whole, or refused with the row and column of each problem.</summary>
public sealed class SurveyResponsesFileTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Organisations = new(StringComparer.OrdinalIgnoreCase) { ["ORG1"] = ["youth"] };

    private static (IReadOnlyList<ImportedResponse>, IReadOnlyList<Core.Imports.ImportProblem>) Read(string header, params string[] rows) =>
        SurveyResponsesFile.Read("answers.csv", header.Split(','), rows.Select((r, i) => (i + 2, (IReadOnlyList<string>)r.Split(','))).ToList(),
            PviResponses.Questionnaire(), Organisations);

    [Fact]
    public void The_93_responses_file_reads_back_to_the_same_answers()
    {
        var csv = PviResponses.Csv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var table = csv.Skip(1).Select((line, i) => (i + 2, (IReadOnlyList<string>)SplitCsv(line))).ToList();
        var (responses, problems) = SurveyResponsesFile.Read("pvi.csv", csv[0].Split(','), table, PviResponses.Questionnaire(), Organisations);
        Assert.Empty(problems);
        Assert.Equal(93, responses.Count);
        for (var i = 0; i < 93; i++)
        {
            Assert.Equal(PviResponses.AnswersOf(i).OrderBy(a => a.Key), responses[i].Answers.OrderBy(a => a.Key));
            Assert.Equal(PviResponses.CategoriesOf(i), responses[i].Categories);
        }
    }

    [Fact]
    public void Choices_may_be_words_or_values_and_money_may_carry_its_sign()
    {
        var (responses, problems) = Read("Organisation reference,Q5,Q11,Q12A,Q1", "org1,YES,yes,£1000,0-4;5 to 11 years");
        Assert.Empty(problems);
        var answers = responses[0].Answers;
        Assert.Equal(("yes", "yes", "0-4\n5-11"), (answers["q5"], answers["q11"], answers["q1"]));
        Assert.Equal(["youth"], responses[0].Categories);
    }

    [Theory]
    [InlineData("Q5,Q99", new[] { "yes,1" }, "answers.csv, row 1, column 'Q99' ('Q99'): 'Q99' is not a column of this survey's responses file. Use Organisation reference, Categories and the question numbers Q1 to Q21 (download the template)")]
    [InlineData("Name,Email", new[] { "a,b" }, "answers.csv, row 1, column 'Name' ('Name'): 'Name' is not a column of this survey's responses file. Use Organisation reference, Categories and the question numbers Q1 to Q21 (download the template)")]
    [InlineData("Q5,Q5", new[] { "yes,no" }, "answers.csv, row 1, column 'Q5' ('Q5'): There are two 'Q5' columns. Keep one")]
    [InlineData("Q5", new[] { "perhaps" }, "answers.csv, row 2, column 'Q5' ('perhaps'): 'perhaps' is not one of the answers to 'Do you work in partnership with other organisations?'. Select one of: Yes, No")]
    [InlineData("Q8,Q9", new[] { "no,Local press" }, "answers.csv, row 2, column 'Q9' ('Local press'): Q9 is asked only when Q8 is Yes. Leave it blank, or correct Q8")]
    [InlineData("Q12B", new[] { "lots" }, "answers.csv, row 2, column 'Q12B' ('lots'): 'What is your organisation's annual expenditure?' must be a whole number, like 12")]
    [InlineData("Organisation reference,Q5", new[] { "ORG1,yes", "org1,no" }, "answers.csv, row 3, column 'Organisation reference' ('org1'): This organisation already answers on row 2: each organisation answers once. Remove one of the rows")]
    [InlineData("Organisation reference,Q5", new[] { "NOPE,yes" }, "answers.csv, row 2, column 'Organisation reference' ('NOPE'): No organisation of this area has that reference. Use the reference shown in the directory, or leave it blank for an organisation not listed")]
    [InlineData("Categories,Q5", new[] { "scouts,yes" }, "answers.csv, row 2, column 'Categories' ('scouts'): 'scouts' is not an organisation category. Use: early-years; uniformed; faith; youth; family-support; special-education; children-5-11; young-people-12; health")]
    [InlineData("Categories,Q5", new[] { "youth," }, "answers.csv, row 2: This row answers no question. Remove it, or fill in the answers")]
    [InlineData("Q5", new string[0], "answers.csv: The file has no responses under its header row")]
    public void Every_problem_names_the_row_and_column_and_refuses_the_whole_file(string header, string[] rows, string message)
    {
        var (responses, problems) = Read(header, rows);
        Assert.Empty(responses);
        Assert.Equal(message, problems[0].ToString());
    }

    [Fact]
    public void A_huge_answer_is_refused_with_its_length()
    {
        var (_, problems) = Read("Q7", new string('x', 2_500));
        Assert.Equal("Your answer to 'What would help you work more closely with other organisations?' must be 2,000 characters or fewer; it has 2,500", problems[0].Message);
    }

    [Fact]
    public void Questions_and_settings_survive_being_stored_as_json()
    {
        var questionnaire = PviResponses.Questionnaire();
        var read = SurveyJson.ReadQuestionnaire(SurveyJson.Write(questionnaire));
        Assert.Equal(questionnaire.Questions.Select(q => (q.Key, q.Text, q.Type, q.Required, q.Unit, q.ShowWhen?.QuestionKey)),
            read.Questions.Select(q => (q.Key, q.Text, q.Type, q.Required, q.Unit, q.ShowWhen?.QuestionKey)));
        Assert.Equal(questionnaire.Question("q3")!.Choices, read.Question("q3")!.Choices);
        Assert.DoesNotContain("\"choices\"", SurveyJson.Write(questionnaire));
        var settings = SurveyJson.ReadSettings(SurveyJson.Write(PviSurveyTemplate.Settings()));
        Assert.Equal(NumberBands.TrainingBudget, settings.BandsFor("q12a"));
        Assert.Equal(4, settings.ThemesFor("q7").Count);
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else { cell.Append(c); }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
