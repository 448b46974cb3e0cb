namespace OneWorkforce.Core.Workforce;

/// <summary>
/// One kind of workforce file (organisations, workers, training records): its fields in order, the
/// columns that identify a row, and who may upload it. A file is recognised by its header row.
/// </summary>
public sealed record RecordLayout(string Name, string Title, string Description, IReadOnlyList<StandardField> Fields, IReadOnlyList<string> KeyColumns, bool AreaLeadsOnly)
{
    public StandardField Field(string column) => Fields.First(f => f.Column == column);

    public IReadOnlyList<string> Header => Fields.Select(f => f.Column).ToList();

    public IReadOnlyList<string> RequiredColumns => Fields.Where(f => f.Required).Select(f => f.Column).ToList();

    /// <summary>
    /// How well a header row fits this layout: the number of its required columns present. A header
    /// belongs to the layout whose key columns it all has and that matches most columns.
    /// </summary>
    public int Fit(IReadOnlyList<string> headers)
    {
        var names = headers.Select(Normalise).ToHashSet();
        return KeyColumns.All(names.Contains) ? Fields.Count(f => names.Contains(f.Column)) : 0;
    }

    /// <summary>Header names are matched ignoring case, surrounding spaces and the difference between spaces and underscores.</summary>
    public static string Normalise(string header) => header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
