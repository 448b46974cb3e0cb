using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace OneWorkforce.Web.Infrastructure;

/// <summary>
/// CSV downloads of tables. Text that starts like a spreadsheet formula (= + - @, tab, CR) is
/// neutralised with a leading apostrophe, so opening a download can never run a formula.
/// </summary>
public static class CsvDownload
{
    public static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true, // Excel then reads the file as UTF-8
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var writer = CsvWriter.Create(memory, Options, leaveOpen: true))
        {
            writer.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                writer.WriteRecord(row.ToArray());
            }
        }
        return memory.ToArray();
    }

    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        new(Write(header, rows), "text/csv; charset=utf-8") { FileDownloadName = fileName };
}
