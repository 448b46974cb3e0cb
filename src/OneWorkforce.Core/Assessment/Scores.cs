namespace OneWorkforce.Core.Assessment;

/// <summary>
/// One score given to one arc × stage cell: an answer to a questionnaire statement (1 to 5, or null for
/// "don't know"), or a cell of a matrix entered from a focus group or workshop.
/// </summary>
/// <param name="Respondent">Who gave it: a response or a matrix. Used to count respondents for the small-group rule.</param>
/// <param name="Group">The respondent group's code (<see cref="RespondentGroups"/>).</param>
/// <param name="Locality">The district, when the respondent gave one.</param>
public sealed record CellScore(string Respondent, string Group, string? Locality, int Arc, int Stage, decimal? Score);

/// <summary>The figures of one cell: the mean of the scores given (don't know left out) and how they spread.</summary>
public sealed record CellFigures(int Arc, int Stage, decimal? Mean, int Count, int DontKnow, IReadOnlyList<int> Distribution);

/// <summary>An average of a row or column (or the whole matrix) over the individual scores in it.</summary>
public sealed record Average(int Number, decimal? Mean, int Count);

/// <summary>The arc × stage matrix with arc, stage and overall averages.</summary>
public sealed record MatrixFigures(IReadOnlyList<CellFigures> Cells, IReadOnlyList<Average> Arcs, IReadOnlyList<Average> Stages, decimal? Overall, int Count, int Respondents)
{
    public CellFigures Cell(int arc, int stage) => Cells.Single(c => c.Arc == arc && c.Stage == stage);

    public Average Arc(int arc) => Arcs.Single(a => a.Number == arc);

    public Average Stage(int stage) => Stages.Single(s => s.Number == stage);
}

/// <summary>
/// The calculations of the self-assessment analysis (seed 001 appendix E, seed 003 §4). Averages are
/// taken over individual scores, leaving out "don't know", in decimal so that 2.725 shows as 2.73.
/// </summary>
public static class MatrixAnalysis
{
    public const int ArcCount = 8;
    public const int StageCount = 8;

    public static MatrixFigures Analyse(IReadOnlyCollection<CellScore> scores) => Tally(scores).Figures();

    /// <summary>The running totals of a set of scores, counting each distinct respondent once.</summary>
    public static ScoreTally Tally(IEnumerable<CellScore> scores)
    {
        var tally = new ScoreTally();
        var respondents = new HashSet<string>();
        foreach (var s in scores)
        {
            tally.Add(s.Arc, s.Stage, s.Score is { } v ? (int)(v * 100) : null);
            if (respondents.Add(s.Respondent))
            {
                tally.AddRespondent();
            }
        }
        return tally;
    }

    /// <summary>A mean shown to two places, halves rounded away from zero (2.725 → 2.73, as seed 001 shows it).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
