using System.Text;
using CsvHelper;
using OneWorkforce.Core.Imports;

namespace OneWorkforce.Data.Imports;

/// <summary>A CSV file read whole: its header, its rows with their line numbers, and what was wrong with it.</summary>
public sealed class CsvTable
{
    public const int MaxFieldLength = 10_000;

    public required string FileName { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];
    public IReadOnlyList<CsvTableRow> Rows { get; init; } = [];
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>
    /// Reads CSV bytes that must be UTF-8 (with or without a byte order mark). Every problem is
    /// collected, not just the first: bad encoding (with its line), broken quoting, rows with the
    /// wrong number of fields, fields over <see cref="MaxFieldLength"/> characters, an empty file.
    /// </summary>
    public static CsvTable Read(string fileName, byte[] bytes)
    {
        var problems = new List<ImportProblem>();
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Max(0, ex.Index)).Count((byte)'\n');
            problems.Add(new ImportProblem(fileName, line, "", "",
                "The file is not UTF-8 text (it may have been saved as Windows-1252 or ANSI). In Excel choose Save As, then 'CSV UTF-8 (Comma delimited)'"));
            return new CsvTable { FileName = fileName, Problems = problems };
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Trim().Length == 0)
        {
            problems.Add(new ImportProblem(fileName, 0, "", "", "The file is empty. Upload a file with a header row and at least one row of data"));
            return new CsvTable { FileName = fileName, Problems = problems };
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => problems.Add(new ImportProblem(fileName, (int)record.LineNumber, "", "", Describe(record.Reason))),
        };
        using var reader = CsvReader.FromText(text, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        var rows = new List<CsvTableRow>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? "";
                if (fields[i].Length > MaxFieldLength)
                {
                    problems.Add(new ImportProblem(fileName, (int)reader.LineNumber, i < headers.Count ? headers[i] : $"column {i + 1}", fields[i],
                        $"This value is {fields[i].Length:N0} characters long. Shorten it to {MaxFieldLength:N0} characters or fewer"));
                }
            }
            rows.Add(new CsvTableRow((int)reader.LineNumber, fields));
        }
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, 1, "", "", "The file has a header row but no data. Add at least one row under the header"));
        }
        return new CsvTable { FileName = fileName, Headers = headers, Rows = rows, Problems = problems.OrderBy(p => p.Row).ToList() };
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "A quoted value is never closed: a \" opens it and no \" ends it. Add the closing quote",
        CsvMalformedReason.StrayQuote => "A value contains a \" without being in quotes. Put the whole value in quotes and double the \" inside it (\"\")",
        CsvMalformedReason.TextAfterClosingQuote => "There is text after a closing quote. Put the whole value in quotes and double any \" inside it (\"\")",
        CsvMalformedReason.FieldCountMismatch => "This row has a different number of columns from the header row. Check for a missing or extra comma",
        CsvMalformedReason.LineBreakInQuotes => "A quoted value contains a line break. Remove the line break",
        _ => "This row cannot be read as CSV. Check its quotes and commas",
    };
}

/// <summary>A data row and the line of the file it starts on.</summary>
public sealed record CsvTableRow(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}
