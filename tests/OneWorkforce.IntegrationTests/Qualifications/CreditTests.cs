using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>
/// Credit towards EYQ-247 (demo samples: 35 credits, 30 at level 3 or above; group A mandatory, 22 credits;
/// group B at least 10 credits). Holding EYQ-248 brings SHC31 3, SHC32 3, CYP31 4, CYP33 3, EYMP5 4 and
/// CYPOP1 6: 23 credits, group B met (10). Still to do: the mandatory CYP36 2, EYMP2 5, SHC33 2 (32 credits),
/// then the largest optional unit left, CYPOP2 6 (38 ≥ 35): 4 units, 15 credits.
/// </summary>
public sealed class CreditTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task Units_of_a_held_qualification_count_and_the_fewest_further_units_are_listed()
    {
        var credit = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/qualifications/EYQ-247/credit?holds=EYQ-248");
        Assert.Equal(23, credit.GetProperty("creditsCounted").GetInt32());
        Assert.False(credit.GetProperty("rulesMet").GetBoolean());
        Assert.Equal(["DEMO-CYP36", "DEMO-EYMP2", "DEMO-SHC33", "DEMO-CYPOP2"], credit.GetProperty("unitsToAdd").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(15, credit.GetProperty("creditsToAdd").GetInt32());
        var groups = credit.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal("3 of 7 mandatory units still to do", groups[0].GetProperty("explanation").GetString());
        Assert.True(groups[1].GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task The_credit_page_works_without_JavaScript_and_reports_unknown_qualifications()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-247/credit?Unit=DEMO-SHC31&Unit=DEMO-CYPOP1&Holds=EYQ-248");
        Assert.Contains("23 of 35 credits count", html);
        Assert.Contains("That is 4 more units, 15 credits.", html);
        Assert.Contains("value=\"DEMO-SHC31\" checked", html);
        var unknown = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-247/credit?Holds=EYQ-0");
        Assert.Contains("There is no qualification EYQ-0", unknown);
        var none = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-001/credit");
        Assert.Contains("have not been recorded yet", none);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/qualifications/EYQ-001/credit")).StatusCode);
    }

    [Fact]
    public async Task Holding_every_unit_meets_the_rules()
    {
        var all = "unit=DEMO-SHC31&unit=DEMO-SHC32&unit=DEMO-SHC33&unit=DEMO-CYP31&unit=DEMO-CYP33&unit=DEMO-CYP36&unit=DEMO-EYMP2&unit=DEMO-CYPOP1&unit=DEMO-CYPOP2";
        var credit = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/qualifications/EYQ-247/credit?{all}");
        Assert.Equal(34, credit.GetProperty("creditsCounted").GetInt32()); // 22 + 12: one credit short of 35
        Assert.Equal(["DEMO-CYPOP6"], credit.GetProperty("unitsToAdd").EnumerateArray().Select(u => u.GetString()));
        var complete = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/qualifications/EYQ-247/credit?{all}&unit=DEMO-CYPOP6");
        Assert.True(complete.GetProperty("rulesMet").GetBoolean());
    }
}
