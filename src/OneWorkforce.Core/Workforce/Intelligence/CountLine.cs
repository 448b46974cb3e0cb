namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>
/// Protects one count for showing: the people of the fact keys, counted as <paramref name="value"/>, named as a
/// population when the cell is one that other tables reach by other codes (everyone in post), else by its fact keys.
/// </summary>
public delegate Figure Protector(IReadOnlyCollection<string> factKeys, long value, string? population);

/// <summary>
/// A line of counts with its total, each shown as disclosure control allows (ADR 0020): counts from 1 to the threshold
/// less one hidden, every other count rounded by its cell key, and every sum of cells protected as a cell of its own,
/// never worked out from the raw counts, so no sum or share shown is finer than the cells it is made of.
/// </summary>
public sealed class CountLine
{
    private readonly Dictionary<string, int> indexOf;
    private readonly IReadOnlyList<IReadOnlyList<string>> factKeys;
    private readonly Protector? protector;
    private readonly string totalPopulation;
    private readonly Figure?[] shown;

    public CountLine(IReadOnlyList<string> codes, IReadOnlyList<long> counts, IReadOnlyList<IReadOnlyList<string>>? factKeys = null,
        Protector? protector = null, string totalPopulation = Populations.InPost)
    {
        Codes = codes;
        Counts = counts;
        Total = counts.Sum();
        this.factKeys = factKeys ?? codes.Select(c => (IReadOnlyList<string>)[c]).ToList();
        this.protector = protector;
        this.totalPopulation = totalPopulation;
        shown = new Figure?[counts.Count + 1];
        indexOf = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
    }

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<long> Counts { get; }

    public long Total { get; }

    public long this[string code] => indexOf.TryGetValue(code, out var i) ? Counts[i] : 0;

    public Figure CountOf(int index) => shown[index] ??= Protect(factKeys[index], Counts[index], null);

    public Figure TotalFigure => shown[Counts.Count] ??= Protect(factKeys.SelectMany(k => k).ToList(), Total, totalPopulation);

    public bool TotalHidden => TotalFigure.Hidden;

    /// <summary>A cell's share of the total, in per cent, from the figures as shown.</summary>
    public Figure ShareOf(int index) => Ratio(CountOf(index), TotalFigure);

    /// <summary>The sum of the named cells, and the sum as shown: protected as a cell of its own.</summary>
    public (long Sum, Figure Shown) Sum(IEnumerable<string> codes)
    {
        var set = codes.Where(indexOf.ContainsKey).Select(c => indexOf[c]).Distinct().Order().ToList();
        var sum = set.Sum(i => Counts[i]);
        if (set.Count == Counts.Count)
        {
            return (sum, TotalFigure);
        }
        if (set.Count == 1)
        {
            return (sum, CountOf(set[0]));
        }
        return (sum, Protect(set.SelectMany(i => factKeys[i]).ToList(), sum, null));
    }

    /// <summary>
    /// A headline share: the named cells out of the denominator cells (all cells when null), in per cent, worked out
    /// from the two sums as shown, so the share tells nothing that the two figures do not.
    /// </summary>
    public Headline Share(string code, string label, IEnumerable<string> numerator, IEnumerable<string>? denominator, string basis)
    {
        var (top, topShown) = Sum(numerator);
        var (bottom, bottomShown) = denominator is null ? (Total, TotalFigure) : Sum(denominator);
        return new Headline(code, label, FigureKind.Percent, top, bottom, Ratio(topShown, bottomShown), basis);
    }

    /// <summary>One figure over another in per cent: hidden when either is, none when there is nothing to be out of.</summary>
    public static Figure Ratio(Figure part, Figure whole) =>
        part.Hidden || whole.Hidden ? Figure.HiddenFigure : whole.Value is not > 0 || part.Value is null ? Figure.None : Figure.Of(part.Value.Value * 100.0 / whole.Value.Value);

    private Figure Protect(IReadOnlyCollection<string> keys, long value, string? population) =>
        protector is null ? Figure.Of(value) : protector(keys, value, population);
}

/// <summary>Names of the populations that several reports reach, so each is one cell with one key wherever it is shown.</summary>
public static class Populations
{
    /// <summary>Everyone in post on the report's date: every report's total but turnover's.</summary>
    public const string InPost = "in-post";
}
