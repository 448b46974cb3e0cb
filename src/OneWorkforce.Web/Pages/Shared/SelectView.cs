namespace OneWorkforce.Web.Pages.Shared;

/// <summary>A GOV.UK select with an "Any" (or other) first option, its error from model state, and the chosen value.</summary>
public sealed record SelectView(string Name, string Label, IEnumerable<(string Value, string Text)> Items, string? Chosen, string? Error,
    string EmptyText = "Any", string? Hint = null);
