using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Demo;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>Every native template exports and, imported into an empty database, exports again the same (issue #3 "round-trip").</summary>
public sealed class TemplateExportTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private async Task<Dictionary<string, TemplateTable>> ExportAllAsync(AppFactory app) =>
        await app.WithScopeAsync(async s =>
        {
            var files = s.GetRequiredService<QualificationFiles>();
            var tables = new Dictionary<string, TemplateTable>();
            foreach (var code in QualificationFiles.NativeCodes)
            {
                tables[code] = await files.ExportAsync(code);
            }
            return tables;
        });

    /// <summary>A database with only what start-up gives (reference data and the starter list), plus the demo area the requirements and offers name.</summary>
    private static async Task<AppFactory> EmptyDatabaseAsync()
    {
        var app = new AppFactory();
        await app.WithScopeAsync(s => s.GetRequiredService<AreaAdministration>().CreateAreaAsync(new AreaInput(DemoData.AreaName, DemoData.AreaCode, DemoData.Districts)));
        return app;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Exporting_importing_into_an_empty_database_and_exporting_again_gives_the_same_files(string type)
    {
        var first = await ExportAllAsync(factory);
        Assert.All(["units", "structures", "mappings", "role-requirements", "role-links", "offers"], code => Assert.NotEmpty(first[code].Rows));
        await using var empty = await EmptyDatabaseAsync();
        foreach (var code in QualificationFiles.NativeCodes.Where(c => first[c].Rows.Count > 0))
        {
            var bytes = type == "xlsx" ? TableFile.WriteExcel(code, first[code].Header, first[code].Rows) : TableFile.WriteCsv(first[code].Header, first[code].Rows);
            var summary = await empty.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ImportAsync(code, $"{code}.{type}", bytes));
            Assert.True(summary.Succeeded, $"{code}: {string.Join("; ", summary.Problems)}");
        }
        var second = await ExportAllAsync(empty);
        foreach (var code in QualificationFiles.NativeCodes)
        {
            Assert.Equal(TableFile.WriteCsv(first[code].Header, first[code].Rows), TableFile.WriteCsv(second[code].Header, second[code].Rows));
        }
    }

    [Fact]
    public async Task A_text_that_looks_like_a_formula_is_neutralised_in_the_csv_and_comes_back_unchanged()
    {
        var table = await factory.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ExportAsync("role-links"));
        var rows = table.Rows.Select((r, i) => i == 0 ? (IReadOnlyList<string>)[r[0], r[1], r[2], r[3], "=HYPERLINK(\"http://evil\")"] : r).ToList();
        var csv = TableFile.WriteCsv(table.Header, rows);
        Assert.Contains("'=HYPERLINK", System.Text.Encoding.UTF8.GetString(csv));
        var read = TableFile.Read("links.csv", csv);
        Assert.Equal("=HYPERLINK(\"http://evil\")", read.Rows[0][4]);
    }

    [Fact]
    public async Task The_downloads_page_serves_every_template_as_csv_and_excel_without_signing_in()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/qualifications/downloads");
        foreach (var code in QualificationFiles.NativeCodes)
        {
            Assert.Contains($"format={code}&amp;type=xlsx", page);
        }
        var csv = await client.GetAsync("/qualifications/downloads?handler=template&format=offers&type=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("\uFEFFQualification Ref,Provider,Area", await csv.Content.ReadAsStringAsync());
        var xlsx = await client.GetAsync("/qualifications/downloads?handler=template&format=units&type=xlsx");
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.True(TableFile.IsExcel(bytes));
        var table = ExcelTable.Read("units.xlsx", bytes);
        Assert.Equal(["Unit Ref", "Unit Title", "Level", "Credits", "Guided Learning Hours"], table.Headers);
        Assert.Equal(13, table.Rows.Count);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/qualifications/downloads?handler=template&format=eyql")).StatusCode);
    }

    [Fact]
    public async Task The_demo_loads_requirements_and_offers_and_the_role_clusters_of_both_shipped_schemes()
    {
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            Assert.Equal(3, await db.RoleRequirements.CountAsync());
            Assert.Equal(4, await db.ProviderOffers.CountAsync());
            Assert.Equal(2, await db.ClusterSchemes.CountAsync());
            Assert.Equal(68, await db.RoleClusters.CountAsync()); // 34 roles under each of the two schemes
        });
    }
}
