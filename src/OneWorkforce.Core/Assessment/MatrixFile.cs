using System.Globalization;
using System.Text.RegularExpressions;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Assessment;

/// <summary>A score for each arc × stage cell (null where the cell was left blank).</summary>
public sealed record ScoreMatrix(IReadOnlyDictionary<(int Arc, int Stage), decimal> Scores)
{
    public IEnumerable<CellScore> AsScores(string respondent, string group) =>
        Scores.Select(s => new CellScore(respondent, group, null, s.Key.Arc, s.Key.Stage, s.Value));
}

/// <summary>
/// Reads a matrix of scores laid out as seed 001 appendix E: a header row naming the 8 stages, then one
/// row per arc (named, or numbered 1 to 8) with a score from 1 to 5 under each stage. Blank cells are
/// allowed (not scored); anything else wrong is reported with its row and column.
/// </summary>
public static partial class MatrixFile
{
    [GeneratedRegex("[^a-z0-9 ]")]
    private static partial Regex NotWord();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();

    public static (ScoreMatrix? Matrix, IReadOnlyList<ImportProblem> Problems) Read(string file, IReadOnlyList<string> headers, IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> rows)
    {
        var problems = new List<ImportProblem>();
        var stageOfColumn = new Dictionary<int, int>();
        for (var column = 1; column < headers.Count; column++)
        {
            if (headers[column].Trim().Length == 0)
            {
                continue;
            }
            var stage = FindStage(headers[column]);
            if (stage is null)
            {
                problems.Add(new ImportProblem(file, 1, headers[column], headers[column],
                    $"This column heading is not a stage. Use the stage names ({string.Join("; ", Ocwt.Stages.Select(s => s.Name))}) or the numbers 1 to 8"));
            }
            else if (stageOfColumn.ContainsValue(stage.Value))
            {
                problems.Add(new ImportProblem(file, 1, headers[column], headers[column], $"Stage {stage} has two columns. Keep one column for each stage"));
            }
            else
            {
                stageOfColumn[column] = stage.Value;
            }
        }
        if (problems.Count == 0 && stageOfColumn.Count != MatrixAnalysis.StageCount)
        {
            problems.Add(new ImportProblem(file, 1, "", "",
                $"The header row has {stageOfColumn.Count} stage columns; a matrix needs all {MatrixAnalysis.StageCount}. Put the arc names in the first column and one column for each stage after it"));
        }
        if (problems.Count > 0)
        {
            return (null, problems); // the cells cannot be read against a wrong header
        }
        var scores = new Dictionary<(int, int), decimal>();
        var arcsSeen = new HashSet<int>();
        foreach (var (line, fields) in rows.Where(r => r.Fields.Any(f => f.Trim().Length > 0)))
        {
            var name = fields.Count > 0 ? fields[0] : "";
            var arc = FindArc(name);
            if (arc is null)
            {
                problems.Add(new ImportProblem(file, line, headers.Count > 0 ? headers[0] : "column 1", name,
                    $"This is not an arc. Use the arc names ({string.Join("; ", Ocwt.Arcs.Select(a => a.Name))}) or the numbers 1 to 8"));
                continue;
            }
            if (!arcsSeen.Add(arc.Value))
            {
                problems.Add(new ImportProblem(file, line, headers.Count > 0 ? headers[0] : "column 1", name, $"Arc {arc} has two rows. Keep one row for each arc"));
                continue;
            }
            for (var column = 1; column < fields.Count; column++)
            {
                var text = fields[column].Trim();
                if (text.Length == 0)
                {
                    continue;
                }
                var heading = column < headers.Count ? headers[column] : $"column {column + 1}";
                if (!stageOfColumn.TryGetValue(column, out var stage))
                {
                    problems.Add(new ImportProblem(file, line, heading, text, "This value is under no stage heading. Remove it or give its column a stage heading"));
                }
                else if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
                {
                    problems.Add(new ImportProblem(file, line, heading, text, "A score must be a number from 1 to 5, such as 3.4. Leave the cell empty if it was not scored"));
                }
                else if (score < 1 || score > 5)
                {
                    problems.Add(new ImportProblem(file, line, heading, text, "A score must be from 1 (fragmented) to 5 (integrated and reformed)"));
                }
                else if (decimal.Round(score, 2) != score)
                {
                    problems.Add(new ImportProblem(file, line, heading, text, "Give a score to two decimal places at most, such as 3.45"));
                }
                else
                {
                    scores[(arc.Value, stage)] = score;
                }
            }
        }
        if (problems.Count == 0 && arcsSeen.Count != MatrixAnalysis.ArcCount)
        {
            var missing = Ocwt.Arcs.Where(a => !arcsSeen.Contains(a.Number)).Select(a => a.Name);
            problems.Add(new ImportProblem(file, 0, "", "",
                $"The matrix has {arcsSeen.Count} arc rows; it needs all {MatrixAnalysis.ArcCount}. Missing: {string.Join("; ", missing)}"));
        }
        if (problems.Count == 0 && scores.Count == 0)
        {
            problems.Add(new ImportProblem(file, 0, "", "", "The matrix has no scores. Put a score from 1 to 5 in each cell that was scored"));
        }
        return problems.Count > 0 ? (null, problems.OrderBy(p => p.Row).ToList()) : (new ScoreMatrix(scores), []);
    }

    /// <summary>The header row and rows of an empty matrix, for a template to fill in.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Template(ScoreMatrix? matrix = null) =>
        (["Arc", .. Ocwt.Stages.Select(s => s.Name)],
         Ocwt.Arcs.Select(a => (IReadOnlyList<string>)[a.Name, .. Ocwt.Stages.Select(s =>
             matrix is not null && matrix.Scores.TryGetValue((a.Number, s.Number), out var v) ? v.ToString("0.0#", CultureInfo.InvariantCulture) : "")]).ToList());

    public static int? FindArc(string text)
    {
        var key = Key(text);
        if (int.TryParse(key, out var number) && number is >= 1 and <= MatrixAnalysis.ArcCount)
        {
            return number;
        }
        // "ECM outcomes" is the usual short form; seed 001 appendix E prints it as "FCM outcomes".
        if (key is "ecm outcomes" or "fcm outcomes")
        {
            return 8;
        }
        return Ocwt.Arcs.FirstOrDefault(a => Key(a.Name) == key || a.Colour == key)?.Number;
    }

    public static int? FindStage(string text)
    {
        var key = Key(text);
        if (int.TryParse(key, out var number) && number is >= 1 and <= MatrixAnalysis.StageCount)
        {
            return number;
        }
        return Ocwt.Stages.FirstOrDefault(s => Key(s.Name) == key)?.Number;
    }

    private static string Key(string text) =>
        Spaces().Replace(NotWord().Replace(text.Trim().ToLowerInvariant().Replace("&", " and ").Replace("'", "").Replace("\u2019", ""), " "), " ").Trim();
}
