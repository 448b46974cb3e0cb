using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Training;

/// <summary>One row of a compliance table: its bands (see <see cref="ComplianceCounts.BandLabels"/>) then the total, each possibly hidden.</summary>
public sealed record ComplianceTableRow(string Key, string Label, long[] Cells, bool[] Hidden, bool IsTotal)
{
    /// <summary>The share in date (not missing, not out of date) in whole per cent, unless a cell it comes from is hidden or nobody is required.</summary>
    public int? PercentInDate => Hidden.Any(h => h) || Cells[^1] == 0 ? null
        : (int)Math.Round(100.0 * (Cells[^1] - Cells[0] - Cells[1]) / Cells[^1], MidpointRounding.AwayFromZero);
}

/// <summary>
/// Compliance counts as a table with a total row and column. Shown to anyone but the organisation the people work for,
/// it is suppressed like every shared figure (<see cref="Disclosure"/>): counts below the threshold hidden, and more
/// cells hidden until none can be worked out from the totals.
/// </summary>
public static class ComplianceTable
{
    public static IReadOnlyList<ComplianceTableRow> Build(IReadOnlyList<(string Key, string Label, ComplianceCounts Counts)> rows, bool suppress, int threshold = Disclosure.DefaultThreshold)
    {
        var bands = ComplianceCounts.BandLabels.Length;
        var counts = new long[rows.Count, bands];
        for (var r = 0; r < rows.Count; r++)
        {
            var b = rows[r].Counts.Bands;
            for (var c = 0; c < bands; c++)
            {
                counts[r, c] = b[c];
            }
        }
        var table = Disclosure.WithTotals(counts);
        var hidden = suppress ? Disclosure.Suppress(counts, threshold) : new bool[rows.Count + 1, bands + 1];
        var result = new List<ComplianceTableRow>(rows.Count + 1);
        for (var r = 0; r <= rows.Count; r++)
        {
            var cells = new long[bands + 1];
            var hide = new bool[bands + 1];
            for (var c = 0; c <= bands; c++)
            {
                cells[c] = table[r, c];
                hide[c] = hidden[r, c];
            }
            result.Add(r < rows.Count ? new ComplianceTableRow(rows[r].Key, rows[r].Label, cells, hide, false) : new ComplianceTableRow("total", "Total", cells, hide, true));
        }
        return result;
    }
}
