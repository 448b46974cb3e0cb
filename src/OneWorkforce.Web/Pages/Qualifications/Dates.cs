using System.Globalization;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>Plain-English date ranges: "Counts for starts from September 2014", "up to August 2014".</summary>
public static class Dates
{
    public static string Describe(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "No start or end date",
        ({ } f, null) => $"For courses started from {Month(f)}",
        (null, { } t) => $"For courses started up to {Month(t)}",
        ({ } f, { } t) => $"For courses started from {Month(f)} to {Month(t)}",
    };

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
