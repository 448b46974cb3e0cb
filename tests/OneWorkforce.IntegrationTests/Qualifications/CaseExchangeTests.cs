using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>The Common Core and its alignments as a CASE 1.0 package, and a package imported as a new framework.</summary>
public sealed class CaseExchangeTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_common_core_exports_as_a_case_package_with_areas_links_and_alignments()
    {
        var package = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/frameworks/common-core/2010/case");
        var document = package.GetProperty("CFDocument");
        Assert.Equal("Common Core of Skills and Knowledge (2010)", document.GetProperty("title").GetString());
        Assert.True(Guid.TryParse(document.GetProperty("identifier").GetString(), out _));
        var items = package.GetProperty("CFItems").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        Assert.Equal("Child and young person development", items[1].GetProperty("fullStatement").GetString());
        var associations = package.GetProperty("CFAssociations").EnumerateArray().ToList();
        int Count(string type) => associations.Count(a => a.GetProperty("associationType").GetString() == type);
        Assert.Equal(6, Count("isChildOf"));
        Assert.Equal(6, Count("exactMatchOf")); // each 2005 area is an exact match of its 2010 area
        Assert.Equal(12, Count("isRelatedTo")); // the demo's twelve unit mappings
        Assert.Contains(associations, a => a.GetProperty("originNodeURI").GetProperty("uri").GetString() == "urn:oneworkforce:unit:DEMO-SHC31");
        var again = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/frameworks/common-core/2010/case");
        Assert.Equal(document.GetProperty("identifier").GetString(), again.GetProperty("CFDocument").GetProperty("identifier").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/frameworks/nhs/1/case")).StatusCode);
    }

    [Fact]
    public async Task A_package_imports_as_a_new_framework_with_its_alignments_and_cannot_be_imported_twice()
    {
        var json = await factory.CreateClient().GetStringAsync("/api/v1/frameworks/common-core/2010/case");
        json = json.Replace("Common Core of Skills and Knowledge (2010)", "Children's skills framework (test copy)");
        var summary = await factory.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ImportAsync("case", "copy.json", Encoding.UTF8.GetBytes(json)));
        Assert.True(summary.Succeeded, string.Join("; ", summary.Problems));
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var framework = await db.Frameworks.Include(f => f.Areas).SingleAsync(f => f.Code == "children-s-skills-framework-test-copy");
            Assert.Equal(6, framework.Areas.Count);
            var areaIds = framework.Areas.Select(a => a.Id).ToList();
            Assert.Equal(12, await db.FrameworkMappings.CountAsync(m => areaIds.Contains(m.FrameworkAreaId)));
            Assert.Equal(6, await db.FrameworkAreaMatches.CountAsync(m => areaIds.Contains(m.FromAreaId) || areaIds.Contains(m.ToAreaId)));
        });
        var twice = await factory.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ImportAsync("case", "copy.json", Encoding.UTF8.GetBytes(json)));
        Assert.Contains(twice.Problems, p => p.Message.Contains("is already here"));
    }

    [Theory]
    [InlineData("{\"CFDocument\": {\"title\": \"X\", ", 1, "This is not valid JSON")]
    [InlineData("{\"CFItems\": []}", 0, "has no CFDocument")]
    [InlineData("{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"Broken framework\"}, \"CFItems\": [{\"identifier\": \"a\"}]}", 1, "needs a fullStatement")]
    [InlineData("{\"CFDocument\": {\"identifier\": \"d\", \"title\": \"Broken framework\"}, \"CFItems\": [{\"identifier\": \"a\", \"fullStatement\": \"A\"}], \"CFAssociations\": [{\"associationType\": \"isRelatedTo\", \"originNodeURI\": {\"uri\": \"urn:oneworkforce:unit:NOPE\"}, \"destinationNodeURI\": {\"identifier\": \"a\"}}]}", 1, "There is no unit NOPE")]
    public async Task A_broken_package_is_refused_and_nothing_is_written(string json, int row, string message)
    {
        var before = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Frameworks.CountAsync());
        var summary = await factory.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ImportAsync("case", "broken.json", Encoding.UTF8.GetBytes(json)));
        Assert.Contains(summary.Problems, p => p.Row == row && p.Message.Contains(message));
        Assert.Equal(before, await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Frameworks.CountAsync()));
    }
}
