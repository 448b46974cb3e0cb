using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>Paper questionnaires uploaded on a cycle's page: the small-group rule over them, and broken files refused whole.</summary>
public sealed class PaperResponsesTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string Area = "E99999999";

    private Task<(HttpClient Lead, string CyclePath, string OpenLink)> OpenCycleAsync(string name) => OpenCycles.OpenAsync(factory, name);

    [Fact]
    public async Task Group_figures_stay_hidden_until_five_people_of_the_group_have_answered()
    {
        var (lead, cyclePath, _) = await OpenCycleAsync("Small group cycle");
        var id = cyclePath.Split('/')[^1];
        string Rows(int count, string score) => string.Concat(Enumerable.Range(0, count).Select(_ => $"frontline,Southfield,{string.Join(',', Enumerable.Repeat(score, 64))}\n"));
        var header = "Respondent group,Locality," + string.Join(',', Enumerable.Range(1, 8).SelectMany(a => Enumerable.Range(1, 8).Select(s => $"A{a}S{s}"))) + "\n";

        var four = await UploadResponsesAsync(lead, cyclePath, "four.csv", header + Rows(4, "3"));
        Assert.Equal(HttpStatusCode.Redirect, four.StatusCode);
        var frontline = await FrontlineAsync(lead, id);
        Assert.True(frontline.GetProperty("suppressed").GetBoolean());
        Assert.Equal(4, frontline.GetProperty("respondents").GetInt32());
        Assert.Equal(JsonValueKind.Null, frontline.GetProperty("figures").ValueKind);

        await UploadResponsesAsync(lead, cyclePath, "one-more.csv", header + Rows(1, "5"));
        frontline = await FrontlineAsync(lead, id);
        Assert.False(frontline.GetProperty("suppressed").GetBoolean());
        Assert.Equal(3.40m, frontline.GetProperty("figures").GetProperty("overall").GetDecimal()); // (4 × 3 + 5) / 5
    }

    private static async Task<JsonElement> FrontlineAsync(HttpClient lead, string id)
    {
        using var json = JsonDocument.Parse(await lead.GetStringAsync($"/api/v1/areas/{Area}/assessments/{id}/analysis"));
        return json.RootElement.GetProperty("byGroup").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "frontline").Clone();
    }

    private static async Task<HttpResponseMessage> UploadResponsesAsync(HttpClient lead, string cyclePath, string fileName, string content) =>
        await UploadResponsesAsync(lead, cyclePath, fileName, Encoding.UTF8.GetBytes(content));

    private static async Task<HttpResponseMessage> UploadResponsesAsync(HttpClient lead, string cyclePath, string fileName, byte[] content)
    {
        var token = await Browser.TokenFromAsync(lead, cyclePath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "responsesFile", fileName },
        };
        return await lead.PostAsync($"{cyclePath}?handler=Responses", form);
    }

    [Theory]
    [InlineData("wrong-header.csv", "Group,Place,Q1\nleaders,Eastwick,3\n", "'Group' is not a column of the responses template")]
    [InlineData("out-of-range.csv", null, "Enter a whole score from 1 to 5, DK for don't know, or leave it blank")]
    [InlineData("unknown-group.csv", "group", "Enter the respondent group this cycle asks")]
    [InlineData("unknown-place.csv", "place", "Enter one of the area's districts")]
    [InlineData("no-rows.csv", "header-only", "The file has a header row but no data")]
    public async Task A_broken_responses_file_is_refused_with_its_row_and_column_and_nothing_is_written(string fileName, string? content, string message)
    {
        var (lead, cyclePath, _) = await OpenCycleAsync("Broken responses " + fileName);
        var header = "Respondent group,Locality," + string.Join(',', Enumerable.Range(1, 8).SelectMany(a => Enumerable.Range(1, 8).Select(s => $"A{a}S{s}")));
        var good = "leaders,Eastwick," + string.Join(',', Enumerable.Repeat("3", 64));
        var file = content switch
        {
            null => $"{header}\n{good}\n{good.Replace("leaders,Eastwick,3", "leaders,Eastwick,6")}\n",
            "group" => $"{header}\n{good}\nvolunteers,Eastwick,{string.Join(',', Enumerable.Repeat("3", 64))}\n",
            "place" => $"{header}\n{good.Replace("Eastwick", "Atlantis")}\n",
            "header-only" => header + "\n",
            _ => content,
        };
        var refused = await UploadResponsesAsync(lead, cyclePath, fileName, file);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The responses were not added: nothing was saved", html);
        Assert.Contains(message, html);
        Assert.Contains(fileName, html);
        if (content is null)
        {
            Assert.Contains("A1S1", html);
            Assert.Contains(">3<", html); // the row number
        }
        Assert.Equal(0, await factory.WithScopeAsync(s =>
        {
            var id = int.Parse(cyclePath.Split('/')[^1]);
            return s.GetRequiredService<OneWorkforceDbContext>().QuestionnaireResponses.CountAsync(r => r.OwnerId == id);
        }));
    }
}
