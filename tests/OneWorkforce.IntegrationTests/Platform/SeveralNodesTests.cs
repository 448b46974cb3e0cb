using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data.Demo;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

/// <summary>Web nodes are stateless: a sign-in made on one node is honoured by another sharing the database.</summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task A_sign_in_cookie_from_one_node_works_on_another()
    {
        await using var nodeA = new AppFactory();
        await nodeA.WithScopeAsync(s => s.GetRequiredService<DemoLoader>().LoadAsync(withWorkforce: false));
        await using var nodeB = AppFactory.OnDatabase(nodeA.Database);

        var onA = nodeA.CreateClient();
        var signIn = await Browser.SignInAsync(onA, "lead@demo.example.org");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oneworkforce-session=", StringComparison.Ordinal)).Split(';')[0];

        var onB = nodeB.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/areas/E99999999");
        request.Headers.Add("Cookie", cookie);
        var response = await onB.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Demoshire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mapping_imported_on_one_node_shows_in_the_coverage_another_node_has_already_cached()
    {
        await using var nodeA = new AppFactory();
        await nodeA.WithScopeAsync(s => s.GetRequiredService<DemoLoader>().LoadAsync(withWorkforce: false));
        await using var nodeB = AppFactory.OnDatabase(nodeA.Database);
        var onA = nodeA.CreateClient();
        var before = await MappedQualificationsAsync(onA); // node A builds and keeps its snapshot
        Assert.Equal(before, await MappedQualificationsAsync(onA));
        var unmapped = await nodeA.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforce.Data.OneWorkforceDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Qualifications.Where(q => !db.FrameworkMappings.Any(m => m.QualificationId == q.Id) && !db.UnitGroups.Any(g => g.QualificationId == q.Id))
                    .OrderBy(q => q.Reference).Select(q => q.Reference));
        });

        var summary = await nodeB.WithScopeAsync(s => s.GetRequiredService<OneWorkforce.Data.Qualifications.QualificationFiles>().ImportAsync("mappings", "mappings.csv",
            System.Text.Encoding.UTF8.GetBytes($"Framework,Version,Area,Unit Ref,Qualification Ref,Strength,Rationale\ncommon-core,2010,2,,{unmapped},full,Whole qualification\n")));

        Assert.True(summary.Succeeded, string.Join("; ", summary.Problems));
        Assert.Equal(before + 1, await MappedQualificationsAsync(onA));
    }

    [Fact]
    public async Task Each_node_rebuilds_its_catalogue_snapshots_in_the_background_after_a_change_made_on_another()
    {
        await using var nodeA = new AppFactory();
        await nodeA.WithScopeAsync(s => s.GetRequiredService<DemoLoader>().LoadAsync(withWorkforce: false));
        await using var nodeB = AppFactory.OnDatabase(nodeA.Database);
        _ = nodeA.Server; // start node A: its warmer checks the catalogue every second in tests
        await WaitUntilCurrentAsync(nodeA, "coverage-common-core");
        await WaitUntilCurrentAsync(nodeA, "progression");
        var stampBefore = await StampAsync(nodeA);

        var summary = await nodeB.WithScopeAsync(s => s.GetRequiredService<OneWorkforce.Data.Qualifications.QualificationFiles>().ImportAsync("mappings", "mappings.csv",
            System.Text.Encoding.UTF8.GetBytes("Framework,Version,Area,Unit Ref,Qualification Ref,Strength,Rationale\ncommon-core,2010,3,,EYQ-240,full,Whole qualification\n")));
        Assert.True(summary.Succeeded, string.Join("; ", summary.Problems));

        // No request reaches node A: its snapshots come up to date with the new stamp on their own.
        Assert.NotEqual(stampBefore, await StampAsync(nodeA));
        await WaitUntilCurrentAsync(nodeA, "coverage-common-core");
        await WaitUntilCurrentAsync(nodeA, "progression");
    }

    private static Task<string> StampAsync(AppFactory node) => node.WithScopeAsync(s =>
        OneWorkforce.Data.Catalogue.CatalogueSnapshots.StampAsync(s.GetRequiredService<OneWorkforce.Data.OneWorkforceDbContext>()));

    private static Task<bool> IsCurrentAsync(AppFactory node, string key) => node.WithScopeAsync(s =>
        s.GetRequiredService<OneWorkforce.Data.Catalogue.CatalogueSnapshots>().IsCurrentAsync(s.GetRequiredService<OneWorkforce.Data.OneWorkforceDbContext>(), key));

    private static async Task WaitUntilCurrentAsync(AppFactory node, string key)
    {
        for (var i = 0; i < 300 && !await IsCurrentAsync(node, key); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(await IsCurrentAsync(node, key), $"snapshot {key} was not rebuilt within 30 s");
    }

    private static async Task<int> MappedQualificationsAsync(HttpClient client)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/qualifications/coverage"));
        return json.RootElement.GetProperty("report").GetProperty("mappedQualifications").GetInt32();
    }
}
