using System.Net;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

public sealed class StructurePageTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_qualification_page_shows_its_structure_coverage_and_roles()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-247");
        Assert.Contains("At least 35 credits in all, of which at least 30 at level 3 or above.", html);
        Assert.Contains("Group B: Optional units (at least 10 credits)", html);
        Assert.Contains("This qualification covers 5 of the 6 areas of the Common Core (2010).", html);
        Assert.Contains("<svg role=\"img\"", html);
        Assert.DoesNotContain("Only with the optional units", html); // every covered area of EYQ-247 has a mandatory unit
        Assert.Contains("not covered", html);                           // supporting transitions
        Assert.Contains("href=\"/roles/early-years-worker\"", html);
    }

    [Fact]
    public async Task A_whole_qualification_mapping_and_optional_only_areas_are_told_apart()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/EYQ-248");
        Assert.Contains("whole qualification", html);            // area 5, mapped to EYQ-248 as a whole
        Assert.Contains("Only with the optional units", html);   // area 6, through the optional DEMO-L4LEAD only
        Assert.Contains("This qualification covers 6 of the 6 areas", html);
    }

    [Fact]
    public async Task Roles_list_and_role_page()
    {
        var list = await factory.CreateClient().GetStringAsync("/roles");
        Assert.Contains("Core workforce (17)", list);
        Assert.Contains("Wider workforce (17)", list);
        var role = await factory.CreateClient().GetStringAsync("/roles/early-years-worker");
        Assert.Contains("Significant qualifications", role);
        Assert.Contains("href=\"/qualifications/EYQ-247\"", role);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/roles/astronaut")).StatusCode);
    }
}
