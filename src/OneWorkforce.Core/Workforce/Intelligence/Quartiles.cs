namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>The lower quartile, median and upper quartile of a set of values, and how many there were.</summary>
public readonly record struct Quartiles(double Lower, double Median, double Upper, int Count)
{
    /// <summary>
    /// Quartiles by linear interpolation between the closest ranks (the method of Excel's QUARTILE.INC and
    /// R's default), or null for an empty set.
    /// </summary>
    public static Quartiles? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        return new Quartiles(At(sorted, 0.25), At(sorted, 0.5), At(sorted, 0.75), sorted.Length);
    }

    private static double At(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>Where a value sits: in the lowest quarter, the middle half or the highest quarter.</summary>
    public string Place(double value) => value < Lower ? "lowest quarter" : value > Upper ? "highest quarter" : "middle half";
}
