using CsvHelper;

namespace OneWorkforce.Data.Imports;

/// <summary>
/// Every import reads CSV (UTF-8) or Excel (.xlsx), told apart by the file's first bytes; every
/// export writes either. CSV exports neutralise text that starts like a formula (= + - @, tab, CR)
/// with a leading apostrophe, which the CSV reader takes off again so exports re-import unchanged.
/// </summary>
public static class TableFile
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CsvWriterOptions CsvOptions = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true, // Excel then reads the file as UTF-8
    };

    public static bool IsExcel(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4;

    public static CsvTable Read(string fileName, byte[] bytes) =>
        IsExcel(bytes) ? ExcelTable.Read(fileName, bytes) : Unescape(CsvTable.Read(fileName, bytes));

    public static byte[] WriteCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var writer = CsvWriter.Create(memory, CsvOptions, leaveOpen: true))
        {
            writer.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                writer.WriteRecord(row.ToArray());
            }
        }
        return memory.ToArray();
    }

    public static byte[] WriteExcel(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        ExcelTable.Write(sheetName, header, rows);

    /// <summary>Takes off the apostrophe a CSV export put before text that starts like a formula.</summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    private static CsvTable Unescape(CsvTable table) => new()
    {
        FileName = table.FileName,
        Headers = table.Headers,
        Problems = table.Problems,
        Rows = table.Rows.Select(r => new CsvTableRow(r.Line, r.Fields.Select(Unescape).ToList())).ToList(),
    };
}
