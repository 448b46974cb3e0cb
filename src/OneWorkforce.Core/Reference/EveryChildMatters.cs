namespace OneWorkforce.Core.Reference;

/// <summary>The five Every Child Matters outcomes.</summary>
public static class EveryChildMatters
{
    public static readonly CodeList Outcomes = new("ecm-outcomes", "Every Child Matters outcomes",
    [
        new("be-healthy", "Be healthy"),
        new("stay-safe", "Stay safe"),
        new("enjoy-and-achieve", "Enjoy and achieve"),
        new("positive-contribution", "Make a positive contribution"),
        new("economic-well-being", "Achieve economic well-being"),
    ]);
}
