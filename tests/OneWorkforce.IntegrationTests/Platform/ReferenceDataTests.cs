using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

public sealed class ReferenceDataTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task National_reference_data_is_loaded_at_start_up()
    {
        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<OneWorkforceDbContext>();
            Assert.Equal(2, await db.Frameworks.CountAsync(f => f.Code == "common-core"));
            Assert.Equal(12, await db.FrameworkAreas.CountAsync());
            Assert.Equal(6, await db.FrameworkAreaMatches.CountAsync(m => m.Kind == "exactMatchOf"));
            Assert.Equal(8, await db.Arcs.CountAsync());
            Assert.Equal(8, await db.Stages.CountAsync());
            Assert.Equal(5, await db.ScalePoints.CountAsync());
            Assert.Equal(10, await db.Levels.CountAsync());
            // Seed 002 appendix 2: 17 roles in the children's workforce, 17 in the wider constituency.
            Assert.Equal(17, await db.WorkforceRoles.CountAsync(r => r.WorkforceType == "core"));
            Assert.Equal(17, await db.WorkforceRoles.CountAsync(r => r.WorkforceType == "wider"));
            Assert.Equal(7, await db.CodeEntries.CountAsync(e => e.List == "workforce-sectors"));
            Assert.Equal(9, await db.CodeEntries.CountAsync(e => e.List == "organisation-categories"));
            Assert.Equal(5, await db.CodeEntries.CountAsync(e => e.List == "ecm-outcomes"));
        });
    }

    [Fact]
    public async Task Common_Core_2005_areas_are_exact_matches_of_the_2010_areas()
    {
        var client = factory.CreateClient();
        var matches = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/reference/framework-matches");
        Assert.NotNull(matches);
        Assert.Contains(matches, m => m.GetProperty("from").GetString() == "CC2005-5" && m.GetProperty("to").GetString() == "CC2010-5");
        var frameworks = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/reference/frameworks");
        var v2005 = frameworks!.Single(f => f.GetProperty("version").GetString() == "2005");
        Assert.Equal("Multi-agency working", v2005.GetProperty("areas")[4].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Roles_list_uses_the_paged_shape_and_rejects_bad_paging()
    {
        var client = factory.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/reference/roles?page=2&pageSize=10");
        Assert.Equal(34, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());

        var bad = await client.GetAsync("/api/v1/reference/roles?pageSize=5000&workforceType=outer");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("pageSize", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("workforceType", out _));
    }
}
