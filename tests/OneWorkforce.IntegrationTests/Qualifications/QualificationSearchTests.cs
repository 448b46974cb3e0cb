using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>Finding qualifications in the shipped early years list, on the page and through the API; no sign-in needed.</summary>
public sealed class QualificationSearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<JsonElement> ApiAsync(string query) =>
        await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/qualifications" + query);

    [Fact]
    public async Task Levels_add_up_to_the_whole_list()
    {
        // File 1 alone has 38, 102, 50, 46, 38 and 5 at levels 2 to 7; the updates add more. Every one is at one level.
        var all = (await ApiAsync("?pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal(296, all);
        var byLevel = 0;
        foreach (var level in new[] { "2", "3", "4", "5", "6", "7" })
        {
            byLevel += (await ApiAsync($"?level={level}&pageSize=1")).GetProperty("total").GetInt32();
        }
        Assert.Equal(all, byLevel);
        var levels4and5 = (await ApiAsync("?level=4&level=5&pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal((await ApiAsync("?level=4&pageSize=1")).GetProperty("total").GetInt32() + (await ApiAsync("?level=5&pageSize=1")).GetProperty("total").GetInt32(), levels4and5);
    }

    [Fact]
    public async Task Words_narrow_the_results_and_every_result_contains_every_word()
    {
        var page = await ApiAsync("?q=Early+Years+Educator&pageSize=200");
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains("early years educator", t.ToLowerInvariant().Replace("(", "").Replace(")", "")));
    }

    [Fact]
    public async Task A_reference_or_a_number_finds_the_qualification_and_its_versions()
    {
        var byReference = await ApiAsync("?q=eyq-240");
        Assert.Equal("EYQ-240", Assert.Single(byReference.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        var byNumber = await ApiAsync("?q=603/5829/4");
        Assert.Equal(["EYQ-240", "EYQ-241", "EYQ-535"], byNumber.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).Order());
    }

    [Fact]
    public async Task An_awarding_body_filter_finds_it_by_any_of_its_names()
    {
        var byFormerName = (await ApiAsync("?awardingBody=Edexcel&pageSize=1")).GetProperty("total").GetInt32();
        var byName = (await ApiAsync("?awardingBody=Pearson+Education+Limited&pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(byName > 0);
        Assert.Equal(byName, byFormerName);
    }

    [Fact]
    public async Task Current_and_withdrawn_split_the_list()
    {
        var current = (await ApiAsync("?status=current&pageSize=1")).GetProperty("total").GetInt32();
        var withdrawn = (await ApiAsync("?status=withdrawn&pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal(296, current + withdrawn);
        Assert.True(withdrawn >= 177); // 177 rows of file 1 closed in August 2014
    }

    [Fact]
    public async Task Bad_filters_are_explained_as_problem_details()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/qualifications?level=9&status=maybe&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("'9' is not a level", errors.GetProperty("level")[0].GetString());
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task One_qualification_with_its_versions_and_404_for_an_unknown_reference()
    {
        var q = await ApiAsync("/EYQ-241");
        Assert.Equal("603/5829/4", q.GetProperty("number").GetString());
        Assert.Equal(4, q.GetProperty("eqfLevel").GetInt32());
        Assert.Equal(["EYQ-240", "EYQ-535"], q.GetProperty("otherVersions").EnumerateArray().Select(v => v.GetProperty("reference").GetString()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/qualifications/EYQ-0")).StatusCode);
    }

    [Fact]
    public async Task The_search_page_pages_through_results_and_keeps_the_filters()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications?Q=early&Level=3&PageNumber=2");
        Assert.Contains("qualifications</h2>", html);
        Assert.Contains("govuk-pagination__item--current", html);
        Assert.Contains("href=\"/qualifications?Q=early&amp;Level=3&amp;PageNumber=1\"", html);
        Assert.Contains("value=\"3\" checked", html);
        Assert.DoesNotContain("There is a problem", html);
    }

    [Fact]
    public async Task The_qualification_page_shows_the_record_and_the_search_page_reports_bad_filters()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-240");
        Assert.Contains("T Level Technical Qualification in Education and Childcare (Specialism - Early Years Educator)</h1>", html);
        Assert.Contains("closed to new starts", html);
        Assert.Contains("European Qualifications Framework level 4", html);
        var bad = await factory.CreateClient().GetStringAsync("/qualifications?Level=9");
        Assert.Contains("There is a problem", bad);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/qualifications/EYQ-0")).StatusCode);
    }

    [Fact]
    public async Task A_misspelt_search_shows_results_for_the_corrected_words()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications?Q=montesori+pedagogy");
        Assert.Contains("No results for &lsquo;montesori pedagogy&rsquo;. Showing results for <strong>montessori pedagogy</strong>.", html);
        Assert.Contains("Montessori Pedagogy", html);
    }

    [Fact]
    public async Task Two_qualifications_are_compared_with_differences_marked_in_words()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/compare?A=EYQ-240&B=EYQ-241");
        Assert.Contains("EYQ-240 compared with EYQ-241", html);
        Assert.Contains("Different</strong>", html);
        Assert.Matches(@"<th scope=""row"" class=""govuk-table__header"">\s*Qualification number\s*</th>", html); // same number: not marked
        var missing = await factory.CreateClient().GetStringAsync("/qualifications/compare?A=EYQ-240&B=EYQ-0");
        Assert.Contains("There is no qualification with reference EYQ-0", missing);
        Assert.Contains("value=\"EYQ-0\"", missing);
    }
}
