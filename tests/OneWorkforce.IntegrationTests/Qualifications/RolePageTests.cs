using System.Net.Http.Json;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>The role page (entry requirements, the check, routes) and offers on the qualification page.</summary>
public sealed class RolePageTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_role_page_shows_the_national_requirement_and_the_areas_variation()
    {
        var page = await factory.CreateClient().GetStringAsync("/roles/early-years-worker");
        Assert.Contains("Across England", page);
        Assert.Contains("In Demoshire (fictional)", page);
        Assert.Contains("Cluster by workforce sector", page);
        Assert.Contains("Children&#x27;s Workforce Development Council", page);
        Assert.Contains("Roles that lead here", page);
    }

    [Theory]
    [InlineData("EYQ-247", "", "Yes, it counts")] // level 3 and significant for the role
    [InlineData("EYQ-242", "", "It may count")] // level 3, not linked to the role
    [InlineData("EYQ-242", "E99999999", "No, it does not count")] // not on Demoshire's list
    [InlineData("EYQ-248", "E99999999", "Yes, it counts")] // on Demoshire's list
    public async Task A_manager_can_check_whether_an_applicants_qualification_counts(string reference, string area, string answer)
    {
        var page = await factory.CreateClient().GetStringAsync($"/roles/early-years-worker?Check={reference}&Area={area}");
        Assert.Contains(answer, page);
    }

    [Fact]
    public async Task Checking_an_unknown_reference_says_how_to_find_it()
    {
        var page = await factory.CreateClient().GetStringAsync("/roles/early-years-worker?Check=EYQ-0");
        Assert.Contains("There is no qualification EYQ-0", page);
        Assert.Contains("govuk-error-summary", page);
    }

    [Fact]
    public async Task Roles_can_be_grouped_under_either_cluster_scheme()
    {
        var client = factory.CreateClient();
        Assert.Contains("Skills for Health (", await client.GetStringAsync("/roles?Scheme=sector-body-2005"));
        Assert.Contains("Health (", await client.GetStringAsync("/roles?Scheme=workforce-sector"));
        Assert.Contains("Core workforce (17)", await client.GetStringAsync("/roles?Scheme=no-such-scheme"));
    }

    [Fact]
    public async Task The_role_api_gives_clusters_requirements_and_routes()
    {
        var client = factory.CreateClient();
        var roles = await client.GetFromJsonAsync<JsonElement>("/api/v1/roles?pageSize=100");
        var nanny = roles.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "nanny").GetProperty("id").GetInt32();
        var role = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roles/{nanny}");
        Assert.Equal(2, role.GetProperty("clusters").GetArrayLength());
        Assert.Equal("2", role.GetProperty("requirements")[0].GetProperty("minimumLevel").GetString());
        // EYQ-248 is significant for early years workers and accepted for them in Demoshire; it serves nannies too.
        var ey = roles.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "early-years-worker").GetProperty("id").GetInt32();
        var onward = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/roles/{ey}")).GetProperty("routesOnward").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("childcare-playworker", onward);
    }

    [Fact]
    public async Task The_qualification_page_lists_providers_cheapest_first_and_routes_rank_by_known_cost()
    {
        var page = System.Net.WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/qualifications/EYQ-247"));
        var online = page.IndexOf("Learn Online Ltd (fictional)", StringComparison.Ordinal);
        var college = page.IndexOf("Demoshire College (fictional)", StringComparison.Ordinal);
        Assert.True(online > 0 && college > online, "the cheaper online offer comes first");
        Assert.Contains("£995.00", page);
        Assert.Contains("Northbridge, Demoshire (fictional)", page);
        var routes = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/progression?from=EYQ-248&to=EYQ-247");
        Assert.Equal(995m, routes[0].GetProperty("cost").GetDecimal());
    }
}
