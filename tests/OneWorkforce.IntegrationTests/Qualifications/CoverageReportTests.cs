using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>
/// The demo samples, worked by hand: EYQ-247 and EYQ-248 share 6 of their units, 13 units in all.
/// Unmapped: DEMO-SHC32, DEMO-SHC33, DEMO-CYPOP6 (3 of 13). Communication: SHC31 and EYMP5 (2).
/// Development: CYP31, EYMP2, CYPOP1 (3). Transitions: CYP37 (1). EYQ-247 covers areas 1, 2, 3, 5, 6;
/// EYQ-248 all six (area 5 as a whole qualification). Level 3: 12 units, 9 mapped; level 4: 1 of 1.
/// </summary>
public sealed class CoverageReportTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_report_gives_the_hand_worked_figures()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/qualifications/coverage");
        var report = body.GetProperty("report");
        Assert.Equal(2, report.GetProperty("mappedQualifications").GetInt32());
        Assert.Equal(1.0, report.GetProperty("shareCovering5Or6").GetDouble());
        Assert.Equal(13, report.GetProperty("unitsConsidered").GetInt32());
        Assert.Equal(3, report.GetProperty("unitsMappedToNone").GetInt32());
        var areas = report.GetProperty("areaShares").EnumerateArray().ToDictionary(a => a.GetProperty("areaCode").GetString()!, a => a.GetProperty("units").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["CC2010-1"] = 2, ["CC2010-2"] = 3, ["CC2010-3"] = 2, ["CC2010-4"] = 1, ["CC2010-5"] = 1, ["CC2010-6"] = 2 }, areas);
        var levels = report.GetProperty("byLevel").EnumerateArray().Select(l => (l.GetProperty("levelCode").GetString(), l.GetProperty("units").GetInt32(), l.GetProperty("mappedUnits").GetInt32())).ToList();
        Assert.Equal([("3", 12, 9), ("4", 1, 1)], levels);
    }

    [Fact]
    public async Task Gaps_name_roles_without_a_significant_qualification_and_alike_offers_of_several_bodies()
    {
        var gaps = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/qualifications/coverage")).GetProperty("gaps");
        var roles = gaps.GetProperty("rolesWithoutSignificant").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal(33, roles.Count); // 34 roles; only early-years-worker has significant qualifications in the samples
        Assert.DoesNotContain("early-years-worker", roles);
        // In the real list, the level 2 Diploma for the Early Years Practitioner is offered by many bodies.
        var level2 = gaps.GetProperty("similarOffers").EnumerateArray().First(o => o.GetProperty("levelCode").GetString() == "2");
        var bodies = level2.GetProperty("awardingBodies").EnumerateArray().Select(b => b.GetString()).ToList();
        Assert.Contains("City & Guilds", bodies);
        Assert.Contains("NCFE", bodies);
        Assert.True(bodies.Count >= 5);
        var html = await factory.CreateClient().GetStringAsync("/qualifications/coverage");
        Assert.Contains("Roles with no significant qualification (33)", html);
    }

    [Fact]
    public async Task The_page_shows_the_figures_and_offers_CSV_downloads()
    {
        var html = await factory.CreateClient().GetStringAsync("/qualifications/coverage");
        Assert.Contains("100% of the 2 mapped qualifications (2) cover 5 or 6 of the 6 areas.", html);
        Assert.Contains("23% of them (3) are mapped to no area.", html);
        var csv = await factory.CreateClient().GetAsync("/qualifications/coverage?handler=Csv&table=areas");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Area,Title,Units mapped,Units considered,Share\r\n1,\"Effective communication and engagement with children, young people and families\",2,13,15%", text);
        Assert.Contains("none,Mapped to no area,3,13,23%", text);
    }

    [Fact]
    public void Downloads_neutralise_text_that_a_spreadsheet_would_run_as_a_formula()
    {
        var bytes = OneWorkforce.Web.Infrastructure.CsvDownload.Write(["Name", "Note"],
            [["=HYPERLINK(\"http://evil\")", "+44 1234"], ["@SUM(A1)", "-2+3"], ["Plain", "12"]]);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.Contains("'=HYPERLINK", text);
        Assert.Contains("'+44 1234", text);
        Assert.Contains("'@SUM(A1)", text);
        Assert.Contains("'-2+3", text);
        Assert.Contains("Plain,12", text);
    }

    [Fact]
    public async Task Coverage_by_sector_and_the_cluster_by_level_matrix_are_on_the_page_and_download_as_csv_and_excel()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/qualifications/coverage?Scheme=sector-body-2005");
        Assert.Contains("Coverage by workforce sector", html);
        Assert.Contains("Significant qualifications by cluster and level", html);
        // The demo links EYQ-247 and EYQ-248 (level 3) as significant for early years workers (CWDC in 2005).
        var matrix = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/qualifications/coverage/matrix?scheme=sector-body-2005");
        var cwdc = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("cluster").GetString() == "Children's Workforce Development Council");
        Assert.Equal(2, cwdc.GetProperty("counts")[3].GetInt32()); // columns: entry, 1, 2, 3, ...
        Assert.Equal(8, cwdc.GetProperty("gaps").GetInt32());
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/qualifications/coverage?handler=Download&table=matrix&type=csv&Scheme=sector-body-2005")).TrimStart('\uFEFF');
        Assert.StartsWith("Cluster,Entry level,Level 1,Level 2,Level 3,Level 4,Level 5,Level 6,Level 7,Level 8,Levels with none", csv);
        Assert.Contains("Children's Workforce Development Council,0,0,0,2,0,0,0,0,0,8", csv);
        var sectors = await client.GetByteArrayAsync("/qualifications/coverage?handler=Download&table=sectors&type=xlsx");
        var table = OneWorkforce.Data.Imports.ExcelTable.Read("sectors.xlsx", sectors);
        Assert.Equal(["Sector", "Mapped qualifications", "Covering 5 or 6 areas", "Share"], table.Headers);
        Assert.Equal(["Early years and childcare", "2", "2", "100%"], table.Rows[0].Fields);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/qualifications/coverage/matrix?scheme=nope")).StatusCode);
    }
}
