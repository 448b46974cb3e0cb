namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>What a figure is: a count of people, a percentage, a rate (per cent a year) or another number (such as full-time equivalent).</summary>
public enum FigureKind
{
    Count,
    Percent,
    Number,
}

/// <summary>One aggregated measure for a key: how many people (N) and a second sum where the report needs one (hours, an earlier headcount).</summary>
public readonly record struct Measure(long N, double M)
{
    public static Measure operator +(Measure a, Measure b) => new(a.N + b.N, a.M + b.M);
}

/// <summary>A figure as shown: its value, or hidden by disclosure control (<see cref="Hidden"/>), or not applicable (no value).</summary>
public readonly record struct Figure(double? Value, bool Hidden)
{
    public static readonly Figure None = new(null, false);

    public static Figure Of(double value) => new(value, false);

    public static Figure HiddenFigure => new(null, true);
}

public sealed record ReportColumn(string Name, FigureKind Kind);

public sealed record ReportRow(string Code, string Label, string? Group, IReadOnlyList<Figure> Figures, bool IsTotal = false);

/// <summary>
/// A table of a report: its caption, the heading of its first column, its columns and rows (totals last), and the
/// column its chart draws (the people in each row: the first column, or a table's "Total" column where the first is a part).
/// </summary>
public sealed record ReportTable(string Caption, string RowHeading, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, int ChartColumn = 0);

/// <summary>
/// A headline figure of a report, with its numerator and denominator kept so benchmarks and trends can be
/// worked out from them. <see cref="Basis"/> says in words what it is out of.
/// </summary>
public sealed record Headline(string Code, string Label, FigureKind Kind, double Numerator, double Denominator, Figure Shown, string Basis)
{
    public double? Value => Kind == FigureKind.Percent ? (Denominator > 0 ? Numerator * 100.0 / Denominator : null) : Numerator;
}

/// <summary>One intelligence report for one scope at one date, ready for a page, a download, the API and the CLI.</summary>
public sealed record WorkforceReport(
    ReportDefinition Definition,
    DateOnly AsAt,
    bool Suppressed,
    int Threshold,
    IReadOnlyList<Headline> Headlines,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Notes)
{
    public bool AnyHidden => Tables.Any(t => t.Rows.Any(r => r.Figures.Any(f => f.Hidden))) || Headlines.Any(h => h.Shown.Hidden);
}
