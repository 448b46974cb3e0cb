using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Surveys;

/// <summary>One respondent's row of a responses file.</summary>
public sealed record ImportedResponse(int Line, string? OrganisationReference, IReadOnlyList<string> Categories, IReadOnlyDictionary<string, string> Answers);

/// <summary>
/// Reads answers keyed in from paper returns or exported from another survey tool: one row per respondent, one column
/// per question named by its number (<c>Q1</c>, <c>Q4a</c>…), with the optional columns <c>Organisation reference</c>
/// (an organisation of the area, which answers once) and <c>Categories</c> (seed 000's categories, separated by
/// semicolons). Choices may be written as their value or their words, several separated by semicolons. Every problem
/// names its row and column; a file with any problem is refused whole.
/// </summary>
public static class SurveyResponsesFile
{
    public const string OrganisationColumn = "Organisation reference";
    public const string CategoriesColumn = "Categories";
    public const int MaxRows = 20_000;

    public static IReadOnlyList<string> Header(Questionnaire questionnaire) =>
        [OrganisationColumn, CategoriesColumn, .. questionnaire.Questions.Select(q => q.Key.ToUpperInvariant())];

    /// <param name="organisations">The area's organisations by reference, with their categories.</param>
    public static (IReadOnlyList<ImportedResponse> Responses, IReadOnlyList<ImportProblem> Problems) Read(string file, IReadOnlyList<string> headers,
        IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows, Questionnaire questionnaire, IReadOnlyDictionary<string, IReadOnlyList<string>> organisations)
    {
        var problems = new List<ImportProblem>();
        var known = Header(questionnaire);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(file, 1, name, name,
                    $"'{name}' is not a column of this survey's responses file. Use {OrganisationColumn}, {CategoriesColumn} and the question numbers Q1 to {known[^1]} (download the template)"));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new ImportProblem(file, 1, name, name, $"There are two '{name}' columns. Keep one"));
            }
        }
        if (problems.Count == 0 && !questionnaire.Questions.Any(q => columns.ContainsKey(q.Key)))
        {
            problems.Add(new ImportProblem(file, 1, "", "", "The header row names none of this survey's questions. The first row must hold the column names of the template: Q1, Q2 and so on"));
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        if (rows.Count > MaxRows)
        {
            return ([], [new ImportProblem(file, rows[MaxRows].Line, "", "", $"The file has {rows.Count:N0} rows; upload at most {MaxRows:N0} at a time, in several files")]);
        }
        var responses = new List<ImportedResponse>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in rows)
        {
            string Field(string column) => columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : "";
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var reference = Field(OrganisationColumn);
            IReadOnlyList<string> categories = [];
            if (reference.Length > 0)
            {
                if (!organisations.TryGetValue(reference, out var found))
                {
                    problems.Add(new ImportProblem(file, line, OrganisationColumn, reference,
                        "No organisation of this area has that reference. Use the reference shown in the directory, or leave it blank for an organisation not listed"));
                }
                else if (seen.TryGetValue(reference, out var first))
                {
                    problems.Add(new ImportProblem(file, line, OrganisationColumn, reference, $"This organisation already answers on row {first}: each organisation answers once. Remove one of the rows"));
                }
                else
                {
                    seen[reference] = line;
                    categories = found;
                }
            }
            var categoryText = Field(CategoriesColumn);
            if (categoryText.Length > 0)
            {
                var read = new List<string>();
                foreach (var part in categoryText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var item = WorkforceCodeLists.OrganisationCategories.Items.FirstOrDefault(c =>
                        string.Equals(c.Code, part, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Label, part, StringComparison.OrdinalIgnoreCase));
                    if (item is null)
                    {
                        problems.Add(new ImportProblem(file, line, CategoriesColumn, part,
                            $"'{part}' is not an organisation category. Use: {string.Join("; ", WorkforceCodeLists.OrganisationCategories.Items.Select(c => c.Code))}"));
                        break;
                    }
                    read.Add(item.Code);
                }
                categories = read.Distinct().ToList();
            }
            var answers = new Dictionary<string, string>();
            foreach (var question in questionnaire.Questions)
            {
                var text = Field(question.Key);
                if (text.Length == 0)
                {
                    continue;
                }
                if (!Answers.IsAsked(question, answers))
                {
                    var rule = question.ShowWhen!;
                    var asker = questionnaire.Question(rule.QuestionKey);
                    var wanted = string.Join(" or ", rule.Values.Select(v => asker?.Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v));
                    problems.Add(new ImportProblem(file, line, question.Key.ToUpperInvariant(), text,
                        $"{question.Key.ToUpperInvariant()} is asked only when {rule.QuestionKey.ToUpperInvariant()} is {wanted}. Leave it blank, or correct {rule.QuestionKey.ToUpperInvariant()}"));
                    continue;
                }
                var values = question.Type switch
                {
                    QuestionType.Text or QuestionType.Number => [text],
                    _ => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(v => question.Choices.FirstOrDefault(c => string.Equals(c.Label, v, StringComparison.OrdinalIgnoreCase))?.Value ?? v).ToList(),
                };
                var (value, error) = Answers.Check(question, values);
                if (error is not null)
                {
                    problems.Add(new ImportProblem(file, line, question.Key.ToUpperInvariant(), text, error));
                }
                else if (value is not null)
                {
                    answers[question.Key] = value;
                }
            }
            if (answers.Count == 0)
            {
                problems.Add(new ImportProblem(file, line, "", "", "This row answers no question. Remove it, or fill in the answers"));
            }
            responses.Add(new ImportedResponse(line, reference.Length == 0 ? null : reference, categories, answers));
        }
        if (problems.Count == 0 && responses.Count == 0)
        {
            problems.Add(new ImportProblem(file, 0, "", "", "The file has no responses under its header row"));
        }
        return problems.Count > 0 ? ([], problems) : (responses, problems);
    }
}
