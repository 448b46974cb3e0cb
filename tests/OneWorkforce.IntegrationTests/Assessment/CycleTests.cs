using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>Setting up a cycle, entering a matrix (seed 001 appendix E) and reading its analysis, through the pages and the API.</summary>
public sealed class CycleTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string Area = "E99999999";

    private const string AppendixE = SeedMatrices.AppendixECsv;

    private async Task<(HttpClient Lead, string CyclePath)> NewCycleAsync(string name)
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var created = await Browser.SubmitAsync(lead, $"/areas/{Area}/assessments/new",
            ("Input.Name", name), ("Input.PeriodStart.Day", "1"), ("Input.PeriodStart.Month", "1"), ("Input.PeriodStart.Year", "2009"),
            ("Input.PeriodEnd.Day", "30"), ("Input.PeriodEnd.Month", "6"), ("Input.PeriodEnd.Year", "2009"),
            ("Input.Groups", "leaders"), ("Input.Groups", "frontline"), ("Input.Anonymous", "yes"), ("Input.Threshold", "3.00"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (lead, created.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string cyclePath, string fileName, byte[] content, string source = "Appendix E")
    {
        var token = await Browser.TokenFromAsync(client, cyclePath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(source), "Source" },
            { new StringContent("leaders"), "Group" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync($"{cyclePath}?handler=Upload", form);
    }

    private Task<int> MatrixCountAsync() => factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().MatrixEvidence.CountAsync());

    [Fact]
    public async Task Appendix_E_uploaded_as_a_matrix_reproduces_the_seed_figures_on_the_page_and_in_the_api()
    {
        var (lead, cyclePath) = await NewCycleAsync("Appendix E cycle");

        var uploaded = await UploadAsync(lead, cyclePath, "appendix-e.csv", Encoding.UTF8.GetBytes(AppendixE));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var page = await lead.GetStringAsync($"{cyclePath}/analysis");
        Assert.Contains("Overall average <strong>3.04</strong>", page);
        Assert.Contains("Every Child Matters outcomes scored highest of the arcs, averaging 3.59.", page);
        Assert.Contains("High quality, appropriately trained workforce scored lowest of the arcs, averaging 2.73.", page);
        Assert.Contains("<svg role=\"img\" aria-labelledby=\"rainbow-title\"", page);

        var id = cyclePath.Split('/')[^1];
        using var json = JsonDocument.Parse(await lead.GetStringAsync($"/api/v1/areas/{Area}/assessments/{id}/analysis"));
        var analysis = json.RootElement.GetProperty("analysis");
        Assert.Equal(3.04m, analysis.GetProperty("overall").GetDecimal());
        Assert.Equal(3.45m, analysis.GetProperty("arcs")[0].GetProperty("mean").GetDecimal());
        Assert.Equal(2.73m, analysis.GetProperty("arcs")[4].GetProperty("mean").GetDecimal());
        Assert.Equal(3.59m, analysis.GetProperty("arcs")[7].GetProperty("mean").GetDecimal());
        var lowest = analysis.GetProperty("cells").EnumerateArray().MinBy(c => c.GetProperty("mean").GetDecimal());
        Assert.Equal((7, 2, 2.2m), (lowest.GetProperty("arc").GetInt32(), lowest.GetProperty("stage").GetInt32(), lowest.GetProperty("mean").GetDecimal()));
        // One matrix is one source: the by-group figures stay hidden (fewer than 5).
        Assert.True(json.RootElement.GetProperty("byGroup")[0].GetProperty("suppressed").GetBoolean());

        var csv = await lead.GetStringAsync($"{cyclePath}/analysis?handler=Download&format=csv");
        Assert.Contains("overall average,,,3.04,64,,", csv);
    }

    [Theory]
    [InlineData("wrong-shape.csv", "Arc,Define what's needed,Develop it\n1,3,3\n", "stage columns")]
    [InlineData("out-of-range.csv", null, "from 1 (fragmented) to 5")]
    [InlineData("text-score.csv", null, "must be a number from 1 to 5")]
    [InlineData("empty.csv", "", "The file is empty")]
    public async Task A_broken_matrix_file_is_refused_with_its_row_and_column_and_nothing_is_written(string fileName, string? content, string message)
    {
        var (lead, cyclePath) = await NewCycleAsync($"Broken {fileName}");
        content ??= fileName == "out-of-range.csv"
            ? AppendixE.Replace("3.3,2.6,3.2,4.3", "3.3,6,3.2,4.3")
            : AppendixE.Replace("2.9,2.6,2.6,3.3", "2.9,high,2.6,3.3");
        var before = await MatrixCountAsync();

        var response = await UploadAsync(lead, cyclePath, fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The matrix was not added: nothing was saved", page);
        Assert.Contains(message, page);
        Assert.Contains(fileName, page);
        Assert.Equal(before, await MatrixCountAsync());
    }

    [Fact]
    public async Task A_matrix_typed_in_is_checked_cell_by_cell()
    {
        var (lead, cyclePath) = await NewCycleAsync("Typed matrix");

        var refused = await Browser.SubmitAsync(lead, $"{cyclePath}/matrix", ("Source", "Workshop"), ("Group", "leaders"), ("Cells[a1s1]", "7"), ("Cells[a2s3]", "3.5"));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Shared identity, purpose and vision, define what's needed: A score must be from 1 (fragmented) to 5", page);
        Assert.Contains("href=\"#Cells-a1s1\"", page);

        var added = await Browser.SubmitAsync(lead, $"{cyclePath}/matrix", ("Source", "Workshop"), ("Group", "leaders"), ("Cells[a1s1]", "4"), ("Cells[a2s3]", "3.5"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Overall average <strong>3.75</strong>", await lead.GetStringAsync($"{cyclePath}/analysis"));
    }

    [Fact]
    public async Task A_cycle_needs_a_name_real_dates_and_a_group()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var response = await Browser.SubmitAsync(lead, $"/areas/{Area}/assessments/new",
            ("Input.Name", ""), ("Input.PeriodStart.Day", "31"), ("Input.PeriodStart.Month", "2"), ("Input.PeriodStart.Year", "2026"),
            ("Input.PeriodEnd.Day", ""), ("Input.PeriodEnd.Month", ""), ("Input.PeriodEnd.Year", ""));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a name for the cycle", page);
        Assert.Contains("The start date must be a real date", page);
        Assert.Contains("Enter the date the cycle ends", page);
        Assert.Contains("Select at least one group of people to ask", page);
    }

    [Fact]
    public async Task Only_the_areas_leads_change_cycles_and_other_areas_cannot_see_them()
    {
        var (_, cyclePath) = await NewCycleAsync("Access cycle");
        var manager = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(cyclePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/areas/{Area}/assessments/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/areas/{Area}/assessments")).StatusCode);

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"{cyclePath}/analysis")).StatusCode);

        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{cyclePath}/analysis")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"{cyclePath}/matrix")).StatusCode); // sees, does not change

        // A cycle asked for under another area's address is not found, even by its own lead.
        await factory.WithScopeAsync(s => s.GetRequiredService<AreaAdministration>().CreateAreaAsync(new AreaInput("Herefordshire", "E06000019", ["Hereford"])));
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(cyclePath.Replace(Area, "E06000019"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/areas/E06000019/assessments")).StatusCode);
    }
}
