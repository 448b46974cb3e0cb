namespace OneWorkforce.Core.Validation;

/// <summary>
/// Problems with what someone entered, each against the field it belongs to, worded to say how to fix it.
/// Pages show them in the GOV.UK error summary; the API returns them as problem details; the CLI prints them.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<KeyValuePair<string, string>> All => _errors;

    public FieldErrors Add(string field, string message)
    {
        if (_errors.All(e => e.Key != field))
        {
            _errors.Add(new(field, message));
        }
        return this;
    }

    public string? For(string field) => _errors.FirstOrDefault(e => e.Key == field).Value;

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray());

    public override string ToString() => string.Join(Environment.NewLine, _errors.Select(e => $"{e.Key}: {e.Value}"));
}

/// <summary>The outcome of a change: the thing made, or the reasons it was refused.</summary>
public sealed record Outcome<T>(T? Value, FieldErrors Errors) where T : class
{
    public bool Succeeded => Value is not null && !Errors.Any;

    public static Outcome<T> Success(T value) => new(value, new FieldErrors());

    public static Outcome<T> Failure(FieldErrors errors) => new(null, errors);
}
