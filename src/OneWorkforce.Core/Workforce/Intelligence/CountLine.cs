namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// A line of counts with its total, and which of them disclosure control hides. A sum over some of the
/// cells is safe to show only when it tells nothing new: when it takes in none of the hidden cells (it is
/// a sum of cells already shown) or all of them (it is the total less cells already shown).
/// </summary>
public sealed class CountLine
{
    private readonly Dictionary<string, int> indexOf;

    public CountLine(IReadOnlyList<string> codes, IReadOnlyList<long> counts, bool[]? hidden)
    {
        Codes = codes;
        Counts = counts;
        Total = counts.Sum();
        Hidden = hidden ?? new bool[counts.Count + 1];
        indexOf = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
    }

    /// <summary>A line under primary and secondary suppression when <paramref name="suppress"/> is set, else with nothing hidden.</summary>
    public static CountLine Of(IReadOnlyList<string> codes, IReadOnlyList<long> counts, bool suppress, int threshold) =>
        new(codes, counts, suppress ? Disclosure.Suppress(counts, threshold) : null);

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<long> Counts { get; }

    public long Total { get; }

    /// <summary>One flag for each count, then one for the total.</summary>
    public bool[] Hidden { get; }

    public bool TotalHidden => Hidden[Counts.Count];

    public long this[string code] => indexOf.TryGetValue(code, out var i) ? Counts[i] : 0;

    public Figure CountOf(int index) => Hidden[index] ? Figure.HiddenFigure : Figure.Of(Counts[index]);

    public Figure TotalFigure => TotalHidden ? Figure.HiddenFigure : Figure.Of(Total);

    /// <summary>A cell's share of the total, in per cent.</summary>
    public Figure ShareOf(int index) =>
        Hidden[index] || TotalHidden ? Figure.HiddenFigure : Total == 0 ? Figure.None : Figure.Of(Counts[index] * 100.0 / Total);

    /// <summary>The sum of the named cells, and whether showing it would tell anything disclosure control hides.</summary>
    public (long Sum, bool Safe) Sum(IEnumerable<string> codes)
    {
        var set = codes.Where(indexOf.ContainsKey).Select(c => indexOf[c]).ToHashSet();
        var hiddenCells = Enumerable.Range(0, Counts.Count).Where(i => Hidden[i]).ToList();
        var hiddenIn = hiddenCells.Count(set.Contains);
        var safe = hiddenIn == 0 || (hiddenIn == hiddenCells.Count && !TotalHidden);
        return (set.Sum(i => Counts[i]), safe);
    }

    /// <summary>
    /// A headline share: the named cells out of the denominator cells (all cells when null), in per cent,
    /// hidden when either sum would tell something hidden.
    /// </summary>
    public Headline Share(string code, string label, IEnumerable<string> numerator, IEnumerable<string>? denominator, string basis)
    {
        var (top, topSafe) = Sum(numerator);
        var (bottom, bottomSafe) = denominator is null ? (Total, !TotalHidden) : Sum(denominator);
        var shown = !topSafe || !bottomSafe ? Figure.HiddenFigure : bottom == 0 ? Figure.None : Figure.Of(top * 100.0 / bottom);
        return new Headline(code, label, FigureKind.Percent, top, bottom, shown, basis);
    }
}
