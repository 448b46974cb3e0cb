using System.Net;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>Setting up and opening a cycle through the pages, as the answering tests start.</summary>
internal static class OpenCycles
{
    private const string Area = "E99999999";

    /// <summary>A new cycle asking leaders and frontline staff, opened: the lead, its path, and its open link's path.</summary>
    public static async Task<(HttpClient Lead, string CyclePath, string OpenLink)> OpenAsync(DemoAppFactory factory, string name)
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var created = await Browser.SubmitAsync(lead, $"/areas/{Area}/assessments/new",
            ("Input.Name", name), ("Input.PeriodStart.Day", "1"), ("Input.PeriodStart.Month", "1"), ("Input.PeriodStart.Year", "2026"),
            ("Input.PeriodEnd.Day", "30"), ("Input.PeriodEnd.Month", "6"), ("Input.PeriodEnd.Year", "2026"),
            ("Input.Groups", "leaders"), ("Input.Groups", "frontline"), ("Input.Anonymous", "yes"), ("Input.Threshold", "3.00"));
        var cyclePath = created.Headers.Location!.OriginalString;
        var opened = await Browser.SubmitAsync(lead, $"{cyclePath}?handler=Status&to=open", [], cyclePath);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var page = await lead.GetStringAsync(cyclePath);
        var link = System.Text.RegularExpressions.Regex.Match(page, "/respond/open/([a-z2-7]{26})").Value;
        Assert.NotEmpty(link);
        return (lead, cyclePath, link);
    }
}
