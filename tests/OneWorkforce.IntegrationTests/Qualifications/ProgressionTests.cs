using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

public sealed class ProgressionTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task From_one_diploma_to_its_sister_keeps_the_shared_units()
    {
        // Holding EYQ-248 carries 23 credits into EYQ-247 (see CreditTests for the working).
        var routes = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/progression?from=EYQ-248&to=EYQ-247");
        var route = routes[0];
        Assert.Equal(1, route.GetProperty("stepCount").GetInt32());
        Assert.Equal(23, route.GetProperty("creditCarried").GetInt32());
        Assert.Contains("you keep 23 credits from units DEMO-CYP31", route.GetProperty("steps")[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Towards_a_role_leads_to_its_significant_current_qualifications()
    {
        var routes = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/progression?from=EYQ-017&role=early-years-worker");
        var ends = routes.EnumerateArray().Select(r => r.GetProperty("steps").EnumerateArray().Last().GetProperty("reference").GetString()).ToHashSet();
        Assert.Equal(["EYQ-247", "EYQ-248"], ends.Order());
    }

    [Fact]
    public async Task Bad_requests_are_explained()
    {
        var client = factory.CreateClient();
        var both = await client.GetAsync("/api/v1/progression?from=EYQ-248&to=EYQ-247&role=nanny");
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var response = await client.GetAsync("/api/v1/progression?from=EYQ-248&to=EYQ-001");
        Assert.Contains("is not a current qualification", await response.Content.ReadAsStringAsync());
        var page = await client.GetStringAsync("/qualifications/progression?From=EYQ-999&To=EYQ-247");
        Assert.Contains("There is no qualification EYQ-999", page);
        Assert.Contains("value=\"EYQ-999\"", page);
    }

    [Fact]
    public async Task The_page_lists_routes_without_JavaScript()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/progression?From=EYQ-248&To=EYQ-247&Role=");
        Assert.Contains("Route 1: 1 step, 23 credits kept", html);
    }
}
