using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Workforce.Intelligence;

/// <summary>The bands reports group people into, and the "not known" entry every distribution ends with.</summary>
public static class Bands
{
    public const string NotKnown = "not-known";

    /// <summary>Safeguarding training with no expiry date counts as in date for this many years after completion.</summary>
    public const int SafeguardingRefreshYears = 3;

    /// <summary>Age bands (age worked out from the year of birth: the as-at year minus the year of birth).</summary>
    public static readonly CodeList AgeBands = new("age-bands", "Age",
    [
        new("under-20", "Under 20"),
        new("20-29", "20 to 29"),
        new("30-39", "30 to 39"),
        new("40-49", "40 to 49"),
        new("50-54", "50 to 54"),
        new("55-59", "55 to 59"),
        new("60-64", "60 to 64"),
        new("65-plus", "65 and over"),
    ]);

    /// <summary>The lower age of each band, in the order of <see cref="AgeBands"/>.</summary>
    public static readonly int[] AgeBandStarts = [0, 20, 30, 40, 50, 55, 60, 65];

    /// <summary>Bands of age 60 or over: could retire within 5 years.</summary>
    public static readonly string[] RetireWithin5Years = ["60-64", "65-plus"];

    /// <summary>Bands of age 55 or over: could retire within 10 years.</summary>
    public static readonly string[] RetireWithin10Years = ["55-59", "60-64", "65-plus"];

    public static string AgeBandOf(int age)
    {
        for (var i = AgeBandStarts.Length - 1; i >= 0; i--)
        {
            if (age >= AgeBandStarts[i])
            {
                return AgeBands.Items[i].Code;
            }
        }
        return AgeBands.Items[0].Code;
    }

    /// <summary>Length of service in this organisation.</summary>
    public static readonly CodeList ServiceBands = new("service-bands", "Length of service",
    [
        new("under-1", "Less than a year"),
        new("1-2", "1 year to less than 2"),
        new("2-5", "2 years to less than 5"),
        new("5-10", "5 years to less than 10"),
        new("10-plus", "10 years or more"),
    ]);

    /// <summary>The whole years of service each band starts at, in the order of <see cref="ServiceBands"/>.</summary>
    public static readonly int[] ServiceBandStarts = [0, 1, 2, 5, 10];

    public static string ServiceBandOf(DateOnly start, DateOnly asAt)
    {
        for (var i = ServiceBandStarts.Length - 1; i >= 0; i--)
        {
            if (start <= asAt.AddYears(-ServiceBandStarts[i]))
            {
                return ServiceBands.Items[i].Code;
            }
        }
        return ServiceBands.Items[0].Code;
    }

    /// <summary>A list's items followed by "Not known" (no answer recorded).</summary>
    public static IReadOnlyList<CodeListItem> WithNotKnown(CodeList list) =>
        list.Items.Any(i => i.Code == NotKnown) ? list.Items : [.. list.Items, new CodeListItem(NotKnown, "Not known")];
}
