using OneWorkforce.Core.Imports;

namespace OneWorkforce.Core.Assessment;

/// <summary>One paper questionnaire keyed into a spreadsheet row.</summary>
public sealed record PaperResponse(int Line, string Group, string? Locality, IReadOnlyDictionary<string, string> Answers);

/// <summary>
/// Reads paper questionnaires keyed into a spreadsheet: one row per respondent, columns
/// <c>Respondent group</c>, <c>Locality</c>, then one column per arc × stage item named <c>A1S1</c> to
/// <c>A8S8</c> (arc then stage) holding 1 to 5, blank or DK for don't know, and optional comment columns
/// <c>C1</c> to <c>C8</c>. Every problem is reported with its row and column; a file with any is refused whole.
/// </summary>
public static class ResponsesFile
{
    public const string GroupColumn = "Respondent group";
    public const string LocalityColumn = "Locality";
    public const int MaxRows = 20_000;

    public static IReadOnlyList<string> Header() =>
        [GroupColumn, LocalityColumn,
            .. Enumerable.Range(1, 8).SelectMany(a => Enumerable.Range(1, 8).Select(s => AssessmentQuestionnaire.ItemKey(a, s).ToUpperInvariant())),
            .. Enumerable.Range(1, 8).Select(a => AssessmentQuestionnaire.CommentKey(a).ToUpperInvariant())];

    public static (IReadOnlyList<PaperResponse> Responses, IReadOnlyList<ImportProblem> Problems) Read(string file, IReadOnlyList<string> headers,
        IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows, IReadOnlyList<string> groups, IReadOnlyList<string> localities)
    {
        var problems = new List<ImportProblem>();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var known = Header().ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            if (!known.Contains(name))
            {
                problems.Add(new ImportProblem(file, 1, name, name, $"'{name}' is not a column of the responses template. Use {GroupColumn}, {LocalityColumn}, A1S1 to A8S8 and C1 to C8 (download the template)"));
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(new ImportProblem(file, 1, name, name, $"There are two '{name}' columns. Keep one"));
            }
        }
        var missing = Header().Take(2 + ScoreLine.Length).Where(h => !columns.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(file, 1, missing[0], "",
                $"The header row is missing {missing.Count} column{(missing.Count == 1 ? "" : "s")}: {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? "…" : "")}. Start from the responses template"));
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }
        if (rows.Count > MaxRows)
        {
            return ([], [new ImportProblem(file, rows[MaxRows].Line, "", "", $"The file has {rows.Count:N0} rows; upload at most {MaxRows:N0} at a time, in several files")]);
        }
        var responses = new List<PaperResponse>();
        foreach (var (line, fields) in rows)
        {
            string Field(string column) => columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : "";
            if (fields.All(f => string.IsNullOrWhiteSpace(f)))
            {
                continue;
            }
            var rowProblems = problems.Count;
            var groupText = Field(GroupColumn);
            var group = RespondentGroups.All.FirstOrDefault(g => string.Equals(g.Code, groupText, StringComparison.OrdinalIgnoreCase)
                || string.Equals(g.Name, groupText, StringComparison.OrdinalIgnoreCase));
            if (group is null || !groups.Contains(group.Code))
            {
                problems.Add(new ImportProblem(file, line, GroupColumn, groupText,
                    $"Enter the respondent group this cycle asks: {string.Join(", ", groups.Select(g => RespondentGroups.Find(g)?.Name ?? g))}"));
            }
            var localityText = Field(LocalityColumn);
            var locality = localityText.Length == 0 ? null : localities.FirstOrDefault(l => string.Equals(l, localityText, StringComparison.OrdinalIgnoreCase));
            if (localityText.Length > 0 && locality is null)
            {
                problems.Add(new ImportProblem(file, line, LocalityColumn, localityText,
                    localities.Count == 0 ? "This area has no districts: leave the locality blank" : $"Enter one of the area's districts ({string.Join(", ", localities)}) or leave it blank"));
            }
            var answers = new Dictionary<string, string>();
            for (var arc = 1; arc <= MatrixAnalysis.ArcCount; arc++)
            {
                for (var stage = 1; stage <= MatrixAnalysis.StageCount; stage++)
                {
                    var key = AssessmentQuestionnaire.ItemKey(arc, stage);
                    var value = Field(key);
                    if (value.Length == 0)
                    {
                        continue;
                    }
                    if (value is "1" or "2" or "3" or "4" or "5")
                    {
                        answers[key] = value;
                    }
                    else if (value.Equals("DK", StringComparison.OrdinalIgnoreCase) || value.Equals("don't know", StringComparison.OrdinalIgnoreCase))
                    {
                        answers[key] = Questionnaires.Answers.DontKnow;
                    }
                    else
                    {
                        problems.Add(new ImportProblem(file, line, key.ToUpperInvariant(), value, "Enter a whole score from 1 to 5, DK for don't know, or leave it blank"));
                    }
                }
                var comment = Field(AssessmentQuestionnaire.CommentKey(arc));
                if (comment.Length > AssessmentQuestionnaire.CommentMaxLength)
                {
                    problems.Add(new ImportProblem(file, line, AssessmentQuestionnaire.CommentKey(arc).ToUpperInvariant(), comment[..40] + "…",
                        $"A comment can be {AssessmentQuestionnaire.CommentMaxLength:N0} characters at most; this one has {comment.Length:N0}"));
                }
                else if (comment.Length > 0)
                {
                    answers[AssessmentQuestionnaire.CommentKey(arc)] = comment;
                }
            }
            if (problems.Count == rowProblems)
            {
                if (!answers.Keys.Any(k => k.StartsWith('a')))
                {
                    problems.Add(new ImportProblem(file, line, "A1S1", "", "This row has no scores. Enter at least one score or DK, or delete the row"));
                }
                else
                {
                    responses.Add(new PaperResponse(line, group!.Code, locality, answers));
                }
            }
        }
        if (problems.Count == 0 && responses.Count == 0)
        {
            problems.Add(new ImportProblem(file, 2, "", "", "The file has a header row but no responses under it"));
        }
        return problems.Count > 0 ? ([], problems) : (responses, []);
    }
}
