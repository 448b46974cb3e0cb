namespace OneWorkforce.Data.Audit;

/// <summary>Who is making a change: a signed-in person, the command line, or the system itself.</summary>
public interface IActor
{
    string Id { get; }
    string Name { get; }
}

/// <summary>The actor for work nobody started by hand (start-up, reference data).</summary>
public sealed class SystemActor : IActor
{
    public string Id => "system";
    public string Name => "System";
}
