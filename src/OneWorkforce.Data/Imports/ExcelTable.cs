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
/// cells formatted as dates are read as yyyy-mm-dd.
/// </summary>
public static partial class ExcelTable
{
    public static CsvTable Read(string fileName, byte[] bytes)
    {
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(memory, false);
            return ReadFirstSheet(fileName, document);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException)
        {
            return new CsvTable
            {
                FileName = fileName,
                Problems = [new ImportProblem(fileName, 0, "", "", "The file cannot be opened as an Excel workbook (.xlsx). Save it from Excel as 'Excel Workbook (.xlsx)' or as 'CSV UTF-8', and upload it again")],
            };
        }
    }

    private static CsvTable ReadFirstSheet(string fileName, SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet");
        var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook);
        var problems = new List<ImportProblem>();
        var lines = new List<(int Line, List<string> Fields)>();
        foreach (var row in worksheet.Worksheet.Descendants<Row>())
        {
            var line = (int)(row.RowIndex?.Value ?? (uint)(lines.Count + 1));
            var fields = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : fields.Count;
                while (fields.Count < column)
                {
                    fields.Add("");
                }
                if (cell.CellFormula is not null)
                {
                    problems.Add(new ImportProblem(fileName, line, cell.CellReference?.Value ?? $"column {column + 1}", "=" + cell.CellFormula.Text,
                        "This cell holds a formula. Type the value itself instead (copy the cell, then Paste Special > Values)"));
                }
                fields.Add(Value(cell, shared, dateStyles));
            }
            if (fields.Any(f => f.Length > 0))
            {
                lines.Add((line, fields));
            }
        }
        if (lines.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, 0, "", "", "The workbook's first sheet is empty. Put a header row and at least one row of data on it"));
            return new CsvTable { FileName = fileName, Problems = problems };
        }
        var headers = lines[0].Fields.Select(h => h.Trim()).ToList();
        var rows = new List<CsvTableRow>();
        foreach (var (line, fields) in lines.Skip(1))
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Length > CsvTable.MaxFieldLength)
                {
                    problems.Add(new ImportProblem(fileName, line, i < headers.Count ? headers[i] : $"column {i + 1}", fields[i],
                        $"This value is {fields[i].Length:N0} characters long. Shorten it to {CsvTable.MaxFieldLength:N0} characters or fewer"));
                }
            }
            rows.Add(new CsvTableRow(line, fields));
        }
        if (rows.Count == 0)
        {
            problems.Add(new ImportProblem(fileName, lines[0].Line, "", "", "The sheet has a header row but no data. Add at least one row under the header"));
        }
        return new CsvTable { FileName = fileName, Headers = headers, Rows = rows, Problems = problems.OrderBy(p => p.Row).ToList() };
    }

    private static string Value(Cell cell, List<string> shared, HashSet<uint> dateStyles)
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

    private static int ColumnIndex(string reference)
    {
        var letters = ColumnLetters().Match(reference).Value;
        var index = 0;
        foreach (var letter in letters.ToUpperInvariant())
        {
            index = index * 26 + (letter - 'A' + 1);
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
