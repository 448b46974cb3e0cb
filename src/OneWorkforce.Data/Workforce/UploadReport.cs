using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Workforce;

/// <summary>An upload's messages as a table for CSV and Excel downloads (text that starts like a formula is neutralised on writing).</summary>
public static class UploadReport
{
    public static readonly IReadOnlyList<string> Header = ["file", "row", "column", "value", "code", "severity", "message", "how_to_fix"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<UploadMessage> messages) =>
        messages.Select(m => (IReadOnlyList<string>)[m.File, m.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Column, m.Value, m.Code,
            m.Severity == Severity.Error ? "error" : "warning", m.Message, m.Fix]);

    public static byte[] Csv(IEnumerable<UploadMessage> messages) => TableFile.WriteCsv(Header, Rows(messages));
}
