using OneWorkforce.Core.Imports;

namespace OneWorkforce.Data.Imports;

/// <summary>Turns a read CSV table into checked records: the header must have the format's columns, and every row is checked.</summary>
public static class CsvRecords
{
    public delegate (T? Record, IReadOnlyList<ImportProblem> Problems) RowReader<T>(string file, int line, Func<string, string> field);

    public static (List<T> Records, List<ImportProblem> Problems) Read<T>(CsvTable table, string formatName, IReadOnlyList<string> requiredColumns, RowReader<T> readRow)
        where T : class
    {
        var problems = table.Problems.ToList();
        var records = new List<T>();
        if (table.Headers.Count == 0)
        {
            return (records, problems);
        }
        var columns = table.Headers.Select((h, i) => (h, i)).GroupBy(c => c.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            problems.Add(new ImportProblem(table.FileName, 1, column, "",
                $"The header row has no '{column}' column. The {formatName} needs these columns: {string.Join(", ", requiredColumns)}"));
        }
        if (missing.Count > 0)
        {
            return (records, problems);
        }
        foreach (var row in table.Rows)
        {
            var (record, rowProblems) = readRow(table.FileName, row.Line, column => columns.TryGetValue(column, out var i) ? row[i] : "");
            problems.AddRange(rowProblems);
            if (record is not null)
            {
                records.Add(record);
            }
        }
        return (records, problems);
    }

    /// <summary>A problem for each key that appears on more than one row, naming the rows.</summary>
    public static IEnumerable<ImportProblem> Repeats<T>(string file, IEnumerable<T> records, Func<T, string> key, Func<T, int> line, string column, string what) =>
        records.GroupBy(key).Where(g => g.Count() > 1).Select(g =>
        {
            var lines = g.Select(line).ToList();
            return new ImportProblem(file, lines[1], column, g.Key,
                $"{what} {g.Key} is on rows {string.Join(" and ", lines)}. Each may appear once in a file: keep one row");
        });
}
