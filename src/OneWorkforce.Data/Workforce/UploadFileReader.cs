using System.Text;
using CsvHelper;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// Reads one uploaded workforce file row by row with memory that does not grow with the file: CSV in
/// UTF-8 (with or without a byte order mark), Windows-1252 (read, with a warning), or an Excel workbook.
/// Anything else is refused with a message that says what to do.
/// </summary>
public sealed class UploadFileReader : IDisposable
{
    /// <summary>The longest row read; longer means a value is far beyond any field's limit (or a quote is never closed).</summary>
    public const int MaxRowBytes = 1 << 20;

    private readonly Stream? stream;
    private readonly CsvReader? csv;
    private readonly CsvTable? excel;

    static UploadFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private UploadFileReader(string fileName, IReadOnlyList<string> headers, Stream? stream, CsvReader? csv, CsvTable? excel)
    {
        FileName = fileName;
        Headers = headers;
        this.stream = stream;
        this.csv = csv;
        this.excel = excel;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>How far through the file reading has got, in bytes (for progress).</summary>
    public long BytesRead => stream?.CanSeek == true ? stream.Position : 0;

    /// <summary>Opens the file, or reports why it cannot be read and returns null.</summary>
    public static UploadFileReader? Open(UploadSource source, Action<UploadMessage> report)
    {
        var name = source.FileName;
        if (source.Length == 0)
        {
            report(MessageCodes.FileUnreadable.At(name, 0, "", "", "The file is empty (0 bytes). Upload the file again, with its header row and data."));
            return null;
        }
        byte[] start = new byte[8];
        int got;
        using (var peek = source.Open())
        {
            got = peek.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }
        if (TableFile.IsExcel(start.AsSpan(0, got)))
        {
            return OpenExcel(source, report);
        }
        TextKind kind;
        using (var scan = source.Open())
        {
            kind = TextEncodingCheck.Classify(scan);
        }
        switch (kind)
        {
            case TextKind.Binary:
                report(MessageCodes.FileUnreadable.At(name, 0, "", "", "The file is not a CSV text file or an Excel workbook (it holds binary data)."));
                return null;
            case TextKind.Mixed:
                report(MessageCodes.FileUnreadable.At(name, 0, "", "",
                    "The file mixes two text encodings (UTF-8 and Windows-1252), so some letters would come out wrong. Open it in your spreadsheet, check accented letters, and save it as 'CSV UTF-8'."));
                return null;
            case TextKind.Windows1252:
                report(MessageCodes.ReadAsWindows1252.At(name, 0, "", "", "The file was read as Windows-1252."));
                break;
        }
        var stream = source.Open();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MaxRecordSize = MaxRowBytes,
            AllowLineBreaksInQuotes = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            Encoding = kind == TextKind.Windows1252 ? Encoding.GetEncoding(1252) : null,
        };
        CsvReader csv;
        IReadOnlyList<string> headers;
        try
        {
            csv = CsvReader.Create(stream, options, leaveOpen: false);
            headers = csv.Headers.Select(h => h.Trim()).ToList();
        }
        catch (CsvFormatException ex)
        {
            stream.Dispose();
            report(MessageCodes.FileUnreadable.At(name, 1, "", "", $"The header row cannot be read: {ex.Message}"));
            return null;
        }
        if (headers.Count == 0 || headers.All(h => h.Length == 0))
        {
            csv.Dispose();
            report(MessageCodes.FileUnreadable.At(name, 1, "", "", "The file has no header row. Put the template's header row first."));
            return null;
        }
        return new UploadFileReader(name, headers, stream, csv, null);
    }

    /// <summary>The data rows with their row numbers as a spreadsheet shows them (the header is row 1).</summary>
    public IEnumerable<(long Row, IReadOnlyList<string> Fields)> Rows(Action<UploadMessage> report)
    {
        if (excel is not null)
        {
            foreach (var row in excel.Rows)
            {
                yield return (row.Line, row.Fields);
            }
            yield break;
        }
        var reader = csv!;
        while (true)
        {
            string[] fields;
            long line;
            try
            {
                if (!reader.Read())
                {
                    yield break;
                }
                line = reader.LineNumber;
                fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = TableFile.Unescape(reader.GetString(i) ?? "");
                }
            }
            catch (CsvFormatException)
            {
                report(MessageCodes.FileUnreadable.At(FileName, reader.LineNumber + 1, "", "",
                    $"A row after row {reader.LineNumber} is longer than {MaxRowBytes / 1024 / 1024} MB, so a value in it is far too long or a quote (\") is never closed. Reading stopped here: fix the row and upload again."));
                yield break;
            }
            yield return (line, fields);
        }
    }

    public void Dispose()
    {
        csv?.Dispose();
        stream?.Dispose();
    }

    private static UploadFileReader? OpenExcel(UploadSource source, Action<UploadMessage> report)
    {
        byte[] bytes;
        using (var input = source.Open())
        using (var memory = new MemoryStream())
        {
            input.CopyTo(memory);
            bytes = memory.ToArray();
        }
        var table = ExcelTable.Read(source.FileName, bytes);
        foreach (var problem in table.Problems)
        {
            report(MessageCodes.FileUnreadable.At(problem.File, problem.Row, problem.Column, problem.Value, problem.Message));
        }
        if (table.Headers.Count == 0 || table.Problems.Count > 0)
        {
            return null;
        }
        return new UploadFileReader(source.FileName, table.Headers, null, null, table);
    }
}
