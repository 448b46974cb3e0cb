using System.Globalization;

namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>A report as rows for CSV and Excel, and as a plain object for JSON (the API and the CLI): the same figures as the page.</summary>
public static class ReportExport
{
    /// <summary>The marker a hidden figure shows (the statistical convention for "confidential").</summary>
    public const string HiddenMarker = "[c]";

    public static readonly IReadOnlyList<string> CsvHeader = ["report", "scope", "as_at", "table", "row_code", "row", "group", "column", "value", "note"];

    public static IEnumerable<IReadOnlyList<string>> CsvRows(WorkforceReport report, string scope)
    {
        var asAt = report.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var headline in report.Headlines)
        {
            yield return [report.Definition.Name, scope, asAt, "Headline figures", headline.Code, headline.Label, "", Unit(headline.Kind), Text(headline.Shown, headline.Kind), Note(headline.Shown, headline.Basis)];
        }
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var figure = row.Figures[i];
                    yield return [report.Definition.Name, scope, asAt, table.Caption, row.Code, row.Label, row.Group ?? "", table.Columns[i].Name, Text(figure, table.Columns[i].Kind), Note(figure, "")];
                }
            }
        }
    }

    public static object Json(WorkforceReport report, string scope) => new
    {
        report = report.Definition.Name,
        title = report.Definition.Title,
        scope,
        asAt = report.AsAt,
        suppressed = report.Suppressed,
        threshold = report.Suppressed ? report.Threshold : (int?)null,
        headlines = report.Headlines.Select(h => new { code = h.Code, label = h.Label, kind = Unit(h.Kind), value = Round(h.Shown.Value, h.Kind), hidden = h.Shown.Hidden, basis = h.Basis }),
        tables = report.Tables.Select(t => new
        {
            caption = t.Caption,
            rowHeading = t.RowHeading,
            columns = t.Columns.Select(c => new { name = c.Name, kind = Unit(c.Kind) }),
            rows = t.Rows.Select(r => new
            {
                code = r.Code,
                label = r.Label,
                group = r.Group,
                total = r.IsTotal,
                values = r.Figures.Select((f, i) => Round(f.Value, t.Columns[i].Kind)),
                hidden = r.Figures.Select(f => f.Hidden),
            }),
        }),
        notes = report.Notes,
    };

    /// <summary>A figure as text: counts whole, other figures to one decimal place, hidden ones as the marker.</summary>
    public static string Text(Figure figure, FigureKind kind) =>
        figure.Hidden ? HiddenMarker : figure.Value is not { } value ? "" : kind == FigureKind.Count ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double? Round(double? value, FigureKind kind) => value is { } v ? Math.Round(v, kind == FigureKind.Count ? 0 : 1) : null;

    private static string Unit(FigureKind kind) => kind switch
    {
        FigureKind.Count => "people",
        FigureKind.Percent => "percent",
        _ => "number",
    };

    private static string Note(Figure figure, string basis) => figure.Hidden ? "hidden to protect small numbers" : basis;
}
