namespace OneWorkforce.Core.Training;

/// <summary>
/// How long training stays in date by topic, unless an area or organisation sets its own refresh period:
/// safeguarding every 3 years (seed 001 priority 3; Working Together practice), paediatric first aid every 3 years
/// (the early years foundation stage), food hygiene every 3 years. Other topics do not expire.
/// </summary>
public static class TrainingExpiry
{
    public static readonly IReadOnlyDictionary<string, int> DefaultRefreshYears = new Dictionary<string, int>
    {
        ["safeguarding"] = 3,
        ["first-aid"] = 3,
        ["food-hygiene"] = 3,
    };

    public static int? RefreshYears(string topic) => DefaultRefreshYears.TryGetValue(topic, out var years) ? years : null;

    /// <summary>The day training completed on <paramref name="completedOn"/> runs out, or null if it does not.</summary>
    public static DateOnly? ExpiresOn(string topic, DateOnly completedOn, int? refreshYears = null)
    {
        var years = refreshYears ?? RefreshYears(topic);
        return years is > 0 ? completedOn.AddYears(years.Value) : null;
    }
}
