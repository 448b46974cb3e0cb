using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>Filters by role and Common Core area, and the roles API, on the demo samples.</summary>
public sealed class RoleAndAreaFilterTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private async Task<List<string?>> ReferencesAsync(string query) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/qualifications" + query))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).Order().ToList();

    [Fact]
    public async Task A_role_finds_the_qualifications_linked_to_it()
    {
        Assert.Equal(["EYQ-247", "EYQ-248"], await ReferencesAsync("?role=early-years-worker"));
        Assert.Equal(["EYQ-248"], await ReferencesAsync("?role=nanny"));
    }

    [Fact]
    public async Task A_sector_finds_the_qualifications_linked_to_its_roles()
    {
        Assert.Equal(["EYQ-247", "EYQ-248"], await ReferencesAsync("?sector=early-years")); // early years worker, nanny
        Assert.Equal(["EYQ-247"], await ReferencesAsync("?sector=sport-leisure-play")); // childcare and playworker
        Assert.Empty(await ReferencesAsync("?sector=health"));
        var bad = await factory.CreateClient().GetAsync("/api/v1/qualifications?sector=space");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'space' is not a workforce sector", await bad.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Sector\">", await factory.CreateClient().GetStringAsync("/qualifications?Sector=space"));
    }

    [Fact]
    public async Task An_area_finds_qualifications_covering_it_through_units_or_as_a_whole()
    {
        Assert.Equal(["EYQ-248"], await ReferencesAsync("?area=CC2010-4")); // transitions: CYP37 is only in EYQ-248
        Assert.Equal(["EYQ-247", "EYQ-248"], await ReferencesAsync("?area=cc2010-5")); // EYQ-247 by CYP36, EYQ-248 as a whole
    }

    [Fact]
    public async Task Unknown_roles_and_areas_are_explained()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/qualifications?role=astronaut&area=CC2099-1");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("There is no role 'astronaut'", errors.GetProperty("role")[0].GetString());
        Assert.Contains("There is no framework area 'CC2099-1'", errors.GetProperty("area")[0].GetString());
        var page = await factory.CreateClient().GetStringAsync("/qualifications?Role=astronaut");
        Assert.Contains("<a href=\"#Role\">There is no role &#x27;astronaut&#x27;", page);
    }

    [Fact]
    public async Task The_roles_API_lists_roles_and_their_qualifications()
    {
        var roles = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/roles?pageSize=100");
        Assert.Equal(34, roles.GetProperty("total").GetInt32());
        var earlyYears = roles.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "early-years-worker");
        Assert.Equal(2, earlyYears.GetProperty("significantQualifications").GetInt32());
        var links = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/roles/{earlyYears.GetProperty("id").GetInt32()}/qualifications");
        Assert.Equal(["EYQ-247", "EYQ-248"], links.EnumerateArray().Select(l => l.GetProperty("qualificationReference").GetString()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/roles/99999/qualifications")).StatusCode);
    }
}
