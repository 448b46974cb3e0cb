namespace OneWorkforce.Core.Imports;

/// <summary>
/// One thing wrong with an uploaded file: where (file, row, column), the value found, what is wrong
/// and how to fix it. Row numbers are lines of the file as a spreadsheet shows them: the header is row 1.
/// </summary>
public sealed record ImportProblem(string File, int Row, string Column, string Value, string Message)
{
    public override string ToString() =>
        Row > 0 ? $"{File}, row {Row}{(Column.Length > 0 ? $", column '{Column}'" : "")}{(Value.Length > 0 ? $" ('{Shorten(Value)}')" : "")}: {Message}"
                : $"{File}: {Message}";

    private static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;
}

/// <summary>What an import did, or would do in a dry run.</summary>
public sealed record ImportSummary(int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportSummary Failed(IReadOnlyList<ImportProblem> problems) => new(0, 0, 0, problems);
}
