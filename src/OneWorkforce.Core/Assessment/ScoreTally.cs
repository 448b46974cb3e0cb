namespace OneWorkforce.Core.Assessment;

/// <summary>
/// Running totals of the scores given to each arc × stage cell: the sum (in hundredths, so both whole
/// answers and matrix scores such as 3.45 add exactly), how many were given, how many said "don't know",
/// and how whole answers spread over 1 to 5. Adding 100,000 responses of 64 items is a few additions each,
/// so the analysis never needs the answers in memory at once.
/// </summary>
public sealed class ScoreTally
{
    private const int Cells = MatrixAnalysis.ArcCount * MatrixAnalysis.StageCount;
    private readonly long[] sums = new long[Cells];
    private readonly int[] known = new int[Cells];
    private readonly int[] dontKnow = new int[Cells];
    private readonly int[] distribution = new int[Cells * 5];

    /// <summary>How many respondents (responses or matrices) gave at least one score or "don't know".</summary>
    public int Respondents { get; private set; }

    private static int Index(int arc, int stage) => ((arc - 1) * MatrixAnalysis.StageCount) + stage - 1;

    /// <summary>Counts one more respondent: call once per response or matrix added.</summary>
    public void AddRespondent() => Respondents++;

    /// <summary>Adds one score in hundredths (100 to 500), or null for "don't know".</summary>
    public void Add(int arc, int stage, int? hundredths)
    {
        var i = Index(arc, stage);
        if (hundredths is not { } h)
        {
            dontKnow[i]++;
            return;
        }
        sums[i] += h;
        known[i]++;
        if (h % 100 == 0 && h is >= 100 and <= 500)
        {
            distribution[(i * 5) + (h / 100) - 1]++;
        }
    }

    /// <summary>
    /// Adds one questionnaire response held as a score line (<see cref="ScoreLine"/>): one character per
    /// cell in arc then stage order, '1' to '5', 'D' for don't know, '-' for not answered.
    /// </summary>
    public void AddLine(ReadOnlySpan<char> line)
    {
        var answered = false;
        for (var i = 0; i < line.Length && i < Cells; i++)
        {
            var c = line[i];
            if (c is >= '1' and <= '5')
            {
                var point = c - '0';
                sums[i] += point * 100;
                known[i]++;
                distribution[(i * 5) + point - 1]++;
                answered = true;
            }
            else if (c == ScoreLine.DontKnow)
            {
                dontKnow[i]++;
                answered = true;
            }
        }
        if (answered)
        {
            Respondents++;
        }
    }

    /// <summary>Adds another tally's totals to this one.</summary>
    public void Add(ScoreTally other)
    {
        for (var i = 0; i < Cells; i++)
        {
            sums[i] += other.sums[i];
            known[i] += other.known[i];
            dontKnow[i] += other.dontKnow[i];
        }
        for (var i = 0; i < distribution.Length; i++)
        {
            distribution[i] += other.distribution[i];
        }
        Respondents += other.Respondents;
    }

    /// <summary>The matrix: every cell's mean, count, don't-knows and spread, with arc, stage and overall averages over individual scores.</summary>
    public MatrixFigures Figures()
    {
        var cells = new List<CellFigures>(Cells);
        var arcSums = new long[MatrixAnalysis.ArcCount];
        var arcCounts = new int[MatrixAnalysis.ArcCount];
        var stageSums = new long[MatrixAnalysis.StageCount];
        var stageCounts = new int[MatrixAnalysis.StageCount];
        for (var arc = 1; arc <= MatrixAnalysis.ArcCount; arc++)
        {
            for (var stage = 1; stage <= MatrixAnalysis.StageCount; stage++)
            {
                var i = Index(arc, stage);
                cells.Add(new CellFigures(arc, stage, Mean(sums[i], known[i]), known[i], dontKnow[i], distribution.AsSpan(i * 5, 5).ToArray()));
                arcSums[arc - 1] += sums[i];
                arcCounts[arc - 1] += known[i];
                stageSums[stage - 1] += sums[i];
                stageCounts[stage - 1] += known[i];
            }
        }
        var arcs = Enumerable.Range(1, MatrixAnalysis.ArcCount).Select(a => new Average(a, Mean(arcSums[a - 1], arcCounts[a - 1]), arcCounts[a - 1])).ToList();
        var stages = Enumerable.Range(1, MatrixAnalysis.StageCount).Select(s => new Average(s, Mean(stageSums[s - 1], stageCounts[s - 1]), stageCounts[s - 1])).ToList();
        var count = arcCounts.Sum();
        return new MatrixFigures(cells, arcs, stages, Mean(arcSums.Sum(), count), count, Respondents);
    }

    private static decimal? Mean(long sumHundredths, int count) => count == 0 ? null : sumHundredths / 100m / count;
}

/// <summary>
/// The 64 self-assessment answers of one response as one line of text, stored beside the response so the
/// analysis reads 64 bytes per respondent: position (arc − 1) × 8 + (stage − 1) holds '1'–'5',
/// <see cref="DontKnow"/> or <see cref="NotAnswered"/>.
/// </summary>
public static class ScoreLine
{
    public const char DontKnow = 'D';
    public const char NotAnswered = '-';
    public const int Length = MatrixAnalysis.ArcCount * MatrixAnalysis.StageCount;

    public static int Position(int arc, int stage) => ((arc - 1) * MatrixAnalysis.StageCount) + stage - 1;

    /// <summary>The line for answers given as "1"–"5", "dk" for don't know, or nothing.</summary>
    public static string From(Func<int, int, string?> answer)
    {
        var line = new char[Length];
        for (var arc = 1; arc <= MatrixAnalysis.ArcCount; arc++)
        {
            for (var stage = 1; stage <= MatrixAnalysis.StageCount; stage++)
            {
                var value = answer(arc, stage);
                line[Position(arc, stage)] = value switch
                {
                    ['1' or '2' or '3' or '4' or '5'] => value[0],
                    _ when string.Equals(value, "dk", StringComparison.OrdinalIgnoreCase) => DontKnow,
                    _ => NotAnswered,
                };
            }
        }
        return new string(line);
    }
}
