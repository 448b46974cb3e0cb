using System.Globalization;

namespace OneWorkforce.Core;

/// <summary>Amounts of money, kept in pence so both databases hold them exactly.</summary>
public static class Money
{
    /// <summary>Reads pounds written as 450, 450.00, £12,000 or £12,000.50 into pence; false for anything else or more than <paramref name="maxPounds"/>.</summary>
    public static bool TryParsePounds(string? text, out long pence, decimal maxPounds = 100_000_000)
    {
        pence = 0;
        var value = (text ?? "").Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal).Trim();
        if (value.Length == 0
            || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds)
            || pounds > maxPounds || decimal.Round(pounds, 2) != pounds)
        {
            return false;
        }
        pence = (long)(pounds * 100);
        return true;
    }

    /// <summary>Pence as pounds the way a plan prints them: £12,000 or £450.50.</summary>
    public static string Format(long pence) =>
        pence % 100 == 0
            ? (pence / 100).ToString("£#,##0", CultureInfo.InvariantCulture)
            : (pence / 100m).ToString("£#,##0.00", CultureInfo.InvariantCulture);
}
