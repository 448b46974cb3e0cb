using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Web.Infrastructure;

/// <summary>
/// CSV and Excel downloads of tables (<see cref="TableFile"/>). In CSV, text that starts like a
/// spreadsheet formula (= + - @, tab, CR) is neutralised with a leading apostrophe; Excel cells
/// are written as text, so opening a download can never run a formula.
/// </summary>
public static class CsvDownload
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => TableFile.WriteCsv(header, rows);

    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        new(TableFile.WriteCsv(header, rows), TableFile.CsvContentType) { FileDownloadName = fileName };

    /// <summary>The table as CSV, or as an Excel workbook when <paramref name="format"/> is <c>xlsx</c>; the file name's extension follows.</summary>
    public static FileContentResult File(string format, string baseName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        format == "xlsx"
            ? new(TableFile.WriteExcel(baseName, header, rows), TableFile.ExcelContentType) { FileDownloadName = baseName + ".xlsx" }
            : File(baseName + ".csv", header, rows);
}
