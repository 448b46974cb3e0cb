namespace OneWorkforce.Core.Reference;

/// <summary>One entry of a code list: the stored code and the words people see.</summary>
public sealed record CodeListItem(string Code, string Label, string? Hint = null);

/// <summary>
/// A named list of codes. Every code list is defined once, in code, and the database,
/// forms, validators, API and data dictionary all read that one definition.
/// </summary>
public sealed record CodeList(string Name, string Title, IReadOnlyList<CodeListItem> Items)
{
    public bool Contains(string code) => Items.Any(i => i.Code == code);

    public CodeListItem? Find(string code) => Items.FirstOrDefault(i => i.Code == code);

    public string LabelOf(string code) => Find(code)?.Label ?? code;
}
