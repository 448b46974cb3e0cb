using System.Globalization;
using System.Text;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Surveys;

namespace OneWorkforce.UnitTests.Surveys;

/// <summary>
/// A constructed set of 93 responses that gives seed 000's published figures: the Q3 district table, 21 of 93 naming
/// one age range (23%), 79 of 93 in partnerships (85%), 54 of 93 recruiting (58%), 38 of 93 with a training budget
/// (41%), spend from £100 to £85,500, turnover answered by 57 (61%) of whom 31 (54%) under £60,000 and 19 (33%) over
/// £100,000, 50 (54%) and 42 (46%) of the 92 who answered Q14, 45 (49%) and 14 (15%) of 92 on Q17, 80 of 93 (86%)
/// without a turnover issue, 27 (30%) and 13 (14%) of 90 on Q20, and 71 (77%) and 3 (3%) of 92 on Q21.
/// Shared with the integration tests, which import it as a file.
/// </summary>
public static class PviResponses
{
    public const int Count = 93;

    /// <summary>Hertfordshire's ten districts, with the seed 000 Q3 count of each, then multiple or county-wide (38).</summary>
    public static readonly IReadOnlyList<(string District, int Responses)> Districts =
    [
        ("Broxbourne", 4), ("North Hertfordshire", 7), ("Stevenage", 8), ("Welwyn Hatfield", 3), ("Hertsmere", 1), ("St Albans", 3),
        ("Watford", 3), ("East Hertfordshire", 5), ("Dacorum", 15), ("Three Rivers", 6),
    ];

    public const int MultipleDistricts = 38;

    public static Questionnaire Questionnaire() => PviSurveyTemplate.Build(Districts.Select(d => d.District).ToList());

    /// <summary>The categories respondent <paramref name="i"/> is put in: one, and for every fourth a second.</summary>
    public static IReadOnlyList<string> CategoriesOf(int i)
    {
        var codes = Core.Reference.WorkforceCodeLists.OrganisationCategories.Items.Select(c => c.Code).ToList();
        return i % 4 == 0 ? [codes[i % 9], codes[(i + 3) % 9]] : [codes[i % 9]];
    }

    public static IReadOnlyList<SurveyRespondent> Respondents() =>
        Enumerable.Range(0, Count).Select(i => new SurveyRespondent(i + 1, AnswersOf(i), CategoriesOf(i))).ToList();

    /// <summary>Training spend of the 38 with a budget: 16 up to £1,000, 10 to £5,000, 3 to £10,000, 9 over £10,000.</summary>
    public static readonly IReadOnlyList<long> Spend =
    [
        100, 150, 200, 250, 300, 400, 500, 500, 600, 700, 750, 800, 900, 1_000, 1_000, 1_000,
        1_200, 1_500, 2_000, 2_000, 2_500, 3_000, 3_500, 4_000, 4_500, 5_000,
        6_000, 7_500, 10_000,
        12_000, 15_000, 18_000, 20_000, 25_000, 30_000, 45_000, 60_000, 85_500,
    ];

    /// <summary>Annual expenditure of the 57 who gave it: 31 under £60,000, 7 from £60,000 to £100,000, 19 over.</summary>
    public static readonly IReadOnlyList<long> Expenditure =
    [
        .. Enumerable.Range(0, 31).Select(i => i == 0 ? 500L : 1_000L + i * 1_900L),
        .. Enumerable.Range(0, 7).Select(i => 60_000L + i * 6_000L),
        .. Enumerable.Range(0, 19).Select(i => i == 18 ? 8_200_000L : 110_000L + i * 50_000L),
    ];

    public static Dictionary<string, string> AnswersOf(int i)
    {
        var a = new Dictionary<string, string>();
        // Q1: 21 name one age range only; 3 of the rest reach 19 to 25.
        a["q1"] = i < 14 ? "0-4" : i < 21 ? "5-11" : i < 24 ? "0-4\n5-11\n12-19\n20-25" : i % 2 == 0 ? "0-4\n5-11" : "5-11\n12-19\nfamilies";
        a["q2"] = i < 14 ? "early-years" : i % 3 == 0 ? "family-support\nyouth" : "education\nplay";
        var district = i;
        foreach (var (name, responses) in Districts)
        {
            if (district < responses)
            {
                a["q3"] = PviSurveyTemplate.Slug(name);
                break;
            }
            district -= responses;
        }
        a.TryAdd("q3", PviSurveyTemplate.MultipleDistricts);
        a["q4a"] = (i % 5).ToString(CultureInfo.InvariantCulture);
        a["q4c"] = (i % 17 + 2).ToString(CultureInfo.InvariantCulture);
        a["q5"] = i < 79 ? "yes" : "no";
        if (i < 79 && i % 10 == 0)
        {
            a["q6"] = "The school next door and the health visitors: it works well";
        }
        if (i % 8 == 0)
        {
            a["q7"] = i % 16 == 0 ? "More networking to share ideas" : "A directory of contacts and what they do";
        }
        var recruited = (i * 7 % Count) < 54;
        a["q8"] = recruited ? "yes" : "no";
        if (recruited && i % 6 == 0)
        {
            a["q9"] = "Local press and word of mouth; word of mouth worked best";
        }
        var budget = (i * 11 % Count) < 38;
        a["q11"] = budget ? "yes" : "no";
        if (budget)
        {
            a["q12a"] = Spend[i * 11 % Count].ToString(CultureInfo.InvariantCulture);
        }
        if ((i * 13 % Count) < 57)
        {
            a["q12b"] = Expenditure[i * 13 % Count].ToString(CultureInfo.InvariantCulture);
        }
        // Q14: 42 have barriers, 50 none, 1 did not answer.
        var barriers = i * 5 % Count;
        if (barriers < 92)
        {
            a["q14"] = barriers < 42 ? "yes" : "no";
        }
        if (barriers < 42 && i % 3 == 0)
        {
            a["q15"] = "Courses in the evening, nearer to us";
        }
        a["q16"] = "Health and safety, child protection and our policies";
        var toolkit = i * 17 % Count;
        if (toolkit < 92)
        {
            a["q17"] = toolkit < 45 ? "yes" : toolkit < 59 ? "maybe" : "no";
        }
        a["q18"] = (i * 19 % Count) < 80 ? "no" : "yes";
        var group = i * 23 % Count;
        if (group < 90)
        {
            a["q20"] = group < 27 ? "yes" : group < 40 ? "maybe" : "no";
        }
        var news = i * 29 % Count;
        if (news < 92)
        {
            a["q21"] = news < 71 ? "yes" : news < 74 ? "maybe" : "no";
        }
        return a;
    }

    /// <summary>The 93 responses as a responses file (CSV) in the template's columns, choices written as their words.</summary>
    public static string Csv()
    {
        var questionnaire = Questionnaire();
        var header = SurveyResponsesFile.Header(questionnaire);
        var text = new StringBuilder(string.Join(',', header)).Append("\r\n");
        for (var i = 0; i < Count; i++)
        {
            var answers = AnswersOf(i);
            var cells = new List<string> { "", string.Join("; ", CategoriesOf(i)) };
            foreach (var q in questionnaire.Questions)
            {
                cells.Add(answers.TryGetValue(q.Key, out var v) ? (q.Type is QuestionType.Text or QuestionType.Number ? v : string.Join("; ", v.Split('\n').Select(x => q.Choices.First(c => c.Value == x).Label))) : "");
            }
            text.Append(string.Join(',', cells.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c))).Append("\r\n");
        }
        return text.ToString();
    }
}
