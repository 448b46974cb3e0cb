namespace OneWorkforce.Core.Assessment;

/// <summary>A band of the heat map: the scores it covers and its name (the colour is never the only sign of it).</summary>
public sealed record HeatBand(string Code, string Name, decimal From, decimal Below);

/// <summary>Seed 001 colours the matrix from red (very low) to green (very high); these are its five bands.</summary>
public static class HeatBands
{
    public static readonly IReadOnlyList<HeatBand> All =
    [
        new("very-low", "Very low (under 2.50)", 1m, 2.5m),
        new("low", "Low (2.50 to 2.99)", 2.5m, 3m),
        new("reasonable", "Reasonable (3.00 to 3.49)", 3m, 3.5m),
        new("high", "High (3.50 to 3.99)", 3.5m, 4m),
        new("very-high", "Very high (4.00 or more)", 4m, 5.01m),
    ];

    /// <summary>The band of a mean as shown (rounded to two places first, so 2.996 is reasonable like the 3.00 it shows as).</summary>
    public static HeatBand Of(decimal mean)
    {
        var shown = MatrixAnalysis.Round(mean);
        return All.FirstOrDefault(b => shown >= b.From && shown < b.Below) ?? (shown < 1 ? All[0] : All[^1]);
    }
}
