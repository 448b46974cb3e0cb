using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OneWorkforce.Core.Imports;

namespace OneWorkforce.Data.Imports;

/// <summary>
/// Reads the first worksheet of an Excel (.xlsx) workbook into the same table a CSV file gives,
/// row numbers being the worksheet's own. Formulas are refused (type the value instead) and
/// cells formatted as dates are read as yyyy-mm-dd. A hostile workbook is refused before it costs
/// memory (issue 21): the package's parts are checked for their expanded size and ratio before any is
/// read, the sheet and its shared strings are read as a stream one row at a time (OpenXmlReader), and
/// a cell past Excel's own last column (XFD) or row (1,048,576) stops the reading with a message.
/// </summary>
public static partial class ExcelTable
{
    /// <summary>Excel's last column (XFD) and row: nothing Excel writes lies beyond them.</summary>
    public const int MaxColumns = 16_384;
    public const int MaxRows = 1_048_576;

    /// <summary>Problems listed for one file before the reading stops: more would bury the first.</summary>
    public const int MaxProblems = 1_000;

    public static CsvTable Read(string fileName, byte[] bytes)
    {
        if (ExcelPackageCheck.Problem(fileName, bytes) is { } refused)
        {
            return Refused(fileName, refused);
        }
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(memory, false);
            return ReadFirstSheet(fileName, document);
        }
        catch (System.Xml.XmlException ex)
        {
            return Refused(fileName, new ImportProblem(fileName, ex.LineNumber, "", "",
                "The workbook's contents are not well-formed, or use XML features a spreadsheet never needs (a DTD or entity definitions). " +
                "Open it in Excel and save it again as 'Excel Workbook (.xlsx)', or save it as 'CSV UTF-8', and upload it again"));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or NotSupportedException)
        {
            return Refused(fileName, ExcelPackageCheck.NotAWorkbook(fileName));
        }
    }

    private static CsvTable Refused(string fileName, ImportProblem problem) => new() { FileName = fileName, Problems = [problem] };

    private static CsvTable ReadFirstSheet(string fileName, SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        var problems = new List<ImportProblem>();
        var lines = new List<(int Line, List<string> Fields)>();
        List<string>? headers = null;
        using var reader = OpenXmlReader.Create(worksheet);
        while (problems.Count < MaxProblems && reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!; // one row at a time: the sheet is never held whole
            var line = (int)Math.Min(row.RowIndex?.Value ?? (uint)(lines.Count + 1), int.MaxValue);
            if (line > MaxRows)
            {
                problems.Add(new ImportProblem(fileName, line, "", "", $"This sheet has a row numbered {line:N0}, past Excel's last row ({MaxRows:N0}). Save it again from Excel"));
                break;
            }
            if (ReadRow(fileName, row, line, headers, shared, dateStyles, problems) is not { } fields)
            {
                break;
            }
            if (fields.Any(f => f.Length > 0))
            {
                headers ??= fields.Select(h => h.Trim()).ToList();
                lines.Add((line, fields));
            }
        }
        if (problems.Count >= MaxProblems)
        {
            problems.Add(new ImportProblem(fileName, 0, "", "", $"The reading stopped after {MaxProblems:N0} problems: mend these and upload the file again to see the rest"));
        }
        if (lines.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, 0, "", "", "The workbook's first sheet is empty. Put a header row and at least one row of data on it"));
            return new CsvTable { FileName = fileName, Problems = problems };
        }
        var rows = lines.Skip(1).Select(l => new CsvTableRow(l.Line, l.Fields)).ToList();
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, lines[0].Line, "", "", "The sheet has a header row but no data. Add at least one row under the header"));
        }
        return new CsvTable { FileName = fileName, Headers = headers!, Rows = rows, Problems = problems.OrderBy(p => p.Row).ToList() };
    }

    /// <summary>
    /// One row's cells as text, in column order; null when the row holds a cell past Excel's last column, which stops the
    /// reading. Cells to the right of the header's last heading are not padded out to: a value there is a problem.
    /// </summary>
    private static List<string>? ReadRow(string fileName, Row row, int line, List<string>? headers, IReadOnlyList<string> shared, HashSet<uint> dateStyles, List<ImportProblem> problems)
    {
        var fields = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value;
            var column = reference is not null ? ColumnIndex(reference) : fields.Count;
            if (column >= MaxColumns)
            {
                problems.Add(new ImportProblem(fileName, line, reference ?? "", "", $"This sheet has a cell at {reference}, past Excel's last column (XFD). Save it again from Excel, or as 'CSV UTF-8'"));
                return null;
            }
            var value = Value(cell, shared, dateStyles);
            if (headers is not null && column >= headers.Count)
            {
                if (value.Length > 0)
                {
                    problems.Add(new ImportProblem(fileName, line, reference ?? $"column {column + 1}", value.Length > 100 ? value[..100] + "…" : value,
                        "This cell is to the right of the last heading, so its column has no name. Move the value under its heading, or delete it"));
                }
                continue;
            }
            while (fields.Count < column)
            {
                fields.Add("");
            }
            if (cell.CellFormula is not null)
            {
                problems.Add(new ImportProblem(fileName, line, reference ?? $"column {column + 1}", "=" + cell.CellFormula.Text,
                    "This cell holds a formula. Type the value itself instead (copy the cell, then Paste Special > Values)"));
            }
            if (value.Length > CsvTable.MaxFieldLength)
            {
                problems.Add(new ImportProblem(fileName, line, headers is not null && column < headers.Count ? headers[column] : $"column {column + 1}", value[..100] + "…",
                    $"This value is {value.Length:N0} characters long. Shorten it to {CsvTable.MaxFieldLength:N0} characters or fewer"));
            }
            fields.Add(value);
        }
        return fields;
    }

    /// <summary>The shared strings, read as a stream (a workbook's shared strings can be most of its size).</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return strings;
    }

    private static string Value(Cell cell, IReadOnlyList<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < shared.Count ? shared[index] : "";
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "yes" : "no";
        }
        if (type is null or CellValues.Number && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    /// <summary>The cell formats that show a date: Excel's built-in date formats and custom formats with a year.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null)
        {
            return result;
        }
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains("yy", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 17 or 22 || custom.Contains(id))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    /// <summary>A cell reference's column, from 0; any column past XFD is given as <see cref="MaxColumns"/> (no overflow).</summary>
    private static int ColumnIndex(string reference)
    {
        var letters = ColumnLetters().Match(reference).Value;
        var index = 0;
        foreach (var letter in letters.ToUpperInvariant())
        {
            index = index * 26 + (letter - 'A' + 1);
            if (index > MaxColumns)
            {
                return MaxColumns;
            }
        }
        return Math.Max(0, index - 1);
    }

    [GeneratedRegex("^[A-Za-z]+")]
    private static partial Regex ColumnLetters();

    /// <summary>A workbook of one sheet: the header row, then the rows, every cell as text.</summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            worksheet.Worksheet = new Worksheet(data);
            uint line = 1;
            data.Append(MakeRow(line++, header));
            foreach (var row in rows)
            {
                data.Append(MakeRow(line++, row));
            }
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static Row MakeRow(uint line, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = line };
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length == 0)
            {
                continue;
            }
            row.Append(new Cell
            {
                CellReference = ColumnName(i) + line.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }
        return name;
    }
}
