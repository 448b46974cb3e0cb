using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Imports;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>The qualifications, roles, role clusters, role requirements and offers templates, with broken files and Excel workbooks.</summary>
public sealed class NativeTemplateImportTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string QualificationHeader = "Qualification Ref,Qualification Number,Qualification Title,Level,Type,Awarding Body,Credits,Guided Learning Hours,Total Qualification Time,Age Focus,Status,Valid From,Valid To,Operational End,Certification End,Source URL,Notes,Replaced By";
    private const string RoleHeader = "Role,Title,Description,Workforce Type,Sectors";
    private const string ClusterHeader = "Scheme,Scheme Title,Role,Cluster";
    private const string RequirementHeader = "Role,Area,Minimum Level,Accepted Qualifications,Summary";
    private const string OfferHeader = "Qualification Ref,Provider,Area,District,Delivery Mode,Cost,Funding,Start Dates,Link";

    private Task<ImportSummary> ImportAsync(string format, string name, byte[] content, bool dryRun = false) =>
        factory.WithScopeAsync(s => s.GetRequiredService<QualificationFiles>().ImportAsync(format, name, content, dryRun));

    public static TheoryData<string, string, int, string, string> BrokenFiles => new()
    {
        { "qualifications", QualificationHeader + "\nNQ-1,60/1234/5,A title,3,,Body,,,,,current,,,,,,,\n", 2, "Qualification Number", "is not a qualification number" },
        { "qualifications", QualificationHeader + "\nNQ-1,,A title,3,,Body,,,,,maybe,,,,,,,\n", 2, "Status", "Enter one of: current, withdrawn" },
        { "qualifications", QualificationHeader + "\nNQ-1,,A title,3,,Body,,,,,current,2024-09-01,2023-01-01,,,,,\n", 2, "Valid To", "Valid To is before Valid From" },
        { "qualifications", QualificationHeader + "\nNQ-1,,A title,3,,Body,,,,,current,01-09-2024,,,,,,\n", 2, "Valid From", "Enter a date such as 2024-09-01" },
        { "qualifications", QualificationHeader + "\nNQ-1,,A title,3,,Body,,,,,current,,,,,,,NQ-404\n", 2, "Replaced By", "There is no qualification NQ-404" },
        { "qualifications", QualificationHeader + "\nNQ-1,,A title,3,,Body,,,,,current,,,,,javascript:alert(1),,\n", 2, "Source URL", "Enter a full web address" },
        { "roles", RoleHeader + "\nplay-ranger,Play ranger,,core,parks\n", 2, "Sectors", "'parks' is not a workforce sector" },
        { "roles", RoleHeader + "\nPlay Ranger!,Play ranger,,core,sport-leisure-play\n", 2, "Role", "lower-case letters, digits and hyphens" },
        { "roles", RoleHeader + "\nplay-ranger,Play ranger,,sometimes,sport-leisure-play\n", 2, "Workforce Type", "Enter one of: core, wider" },
        { "role-clusters", ClusterHeader + "\nmy-scheme,Mine,no-such-role,A cluster\n", 2, "Role", "There is no role 'no-such-role'" },
        { "role-clusters", ClusterHeader + "\nmy-scheme,Mine,nanny,A\nmy-scheme,Not mine,nurse,B\n", 3, "Scheme Title", "Give it the same title on every row" },
        { "role-requirements", RequirementHeader + "\nnanny,E00000000,3,,\n", 2, "Area", "There is no area E00000000" },
        { "role-requirements", RequirementHeader + "\nnanny,,,EYQ-247; EYQ-9999,\n", 2, "Accepted Qualifications", "There is no qualification EYQ-9999" },
        { "role-requirements", RequirementHeader + "\nnanny,,,,Just be nice\n", 2, "Minimum Level", "Give a minimum level, accepted qualifications" },
        { "role-requirements", RequirementHeader + "\nnanny,,3,,\nnanny,,4,,\n", 3, "Area", "is on rows 2 and 3" },
        { "offers", OfferHeader + "\nEYQ-247,Acme,,,classroom,£12.345,,,\n", 2, "Cost", "Enter an amount in pounds" },
        { "offers", OfferHeader + "\nEYQ-247,Acme,,Northbridge,classroom,,,,\n", 2, "District", "A district needs its area" },
        { "offers", OfferHeader + "\nEYQ-247,Acme,E99999999,Atlantis,classroom,,,,\n", 2, "District", "has no district 'Atlantis'" },
        { "offers", OfferHeader + "\nEYQ-247,Acme,,,by pigeon,,,,\n", 2, "Delivery Mode", "Enter one of: classroom, online, blended, work-based" },
        { "offers", OfferHeader + "\nEYQ-0,Acme,,,online,,,,\n", 2, "Qualification Ref", "There is no qualification EYQ-0" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_whole_naming_the_row_column_and_fix(string format, string text, int row, string column, string message)
    {
        var before = await CountsAsync();
        var summary = await ImportAsync(format, "broken.csv", Encoding.UTF8.GetBytes(text));
        Assert.False(summary.Succeeded);
        Assert.Contains(summary.Problems, p => p.Row == row && p.Column == column && p.Message.Contains(message));
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int, int, int, int, int)> CountsAsync() => factory.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<OneWorkforceDbContext>();
        return (await db.Qualifications.CountAsync(), await db.WorkforceRoles.CountAsync(), await db.RoleClusters.CountAsync(),
            await db.RoleRequirements.CountAsync(), await db.ProviderOffers.CountAsync());
    });

    [Fact]
    public async Task A_qualification_and_its_replacement_in_one_file_are_linked_and_a_second_import_changes_nothing()
    {
        var text = QualificationHeader + "\nNQ-OLD,,Old award in play,2,award,Play Body,6,,,5 to 15,withdrawn,2010-01-01,2015-12-31,,,https://example.org/old,,NQ-NEW\n"
                   + "NQ-NEW,,New award in play,2,award,Play Body,8,60,80,5 to 15,current,2016-01-01,,,,,\"Notes, with a comma\",\n";
        var first = await ImportAsync("qualifications", "play.csv", Encoding.UTF8.GetBytes(text));
        Assert.True(first.Succeeded, string.Join("; ", first.Problems));
        Assert.Equal(2, first.Added);
        var second = await ImportAsync("qualifications", "play.csv", Encoding.UTF8.GetBytes(text));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var old = await db.Qualifications.SingleAsync(q => q.Reference == "NQ-OLD");
            var replacement = await db.Qualifications.SingleAsync(q => q.Reference == "NQ-NEW");
            Assert.Equal(replacement.Id, old.ReplacedById);
            Assert.Equal(("withdrawn", "5 to 15", "https://example.org/old"), (old.Status, old.AgeFocus, old.SourceUrl));
            Assert.Equal((8, 60, 80, "Notes, with a comma"), (replacement.Credits!.Value, replacement.GuidedLearningHours!.Value, replacement.TotalQualificationTime!.Value, replacement.Notes));
        });
    }

    [Fact]
    public async Task A_role_gets_its_own_cluster_scheme_and_an_area_variation_of_its_requirement()
    {
        Assert.True((await ImportAsync("roles", "roles.csv", Encoding.UTF8.GetBytes(RoleHeader + "\nplay-ranger,Play ranger,Leads free play in parks,core,sport-leisure-play; youth-services\n"))).Succeeded);
        var clusters = await ImportAsync("role-clusters", "c.csv", Encoding.UTF8.GetBytes(ClusterHeader + "\nplay-pathways,Play pathways,play-ranger,Outdoor play\nplay-pathways,Play pathways,childcare-playworker,Outdoor play\n"));
        Assert.Equal(2, clusters.Added);
        var requirement = await ImportAsync("role-requirements", "r.csv", Encoding.UTF8.GetBytes(RequirementHeader + "\nplay-ranger,E99999999,2,,Level 2 in playwork here\n"));
        Assert.Equal(1, requirement.Added);
        var api = await factory.CreateClient().GetStringAsync("/roles?scheme=play-pathways");
        Assert.Contains("Outdoor play (2)", api);
    }

    [Fact]
    public async Task An_excel_workbook_imports_like_its_csv_and_a_formula_cell_is_refused()
    {
        string[] header = ["Role", "Title", "Description", "Workforce Type", "Sectors"];
        var workbook = TableFile.WriteExcel("roles", header, [["tutor-mentor", "Tutor mentor", "", "wider", "education"]]);
        var dryRun = await ImportAsync("roles", "roles.xlsx", workbook, dryRun: true);
        Assert.Equal(1, dryRun.Added);
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().WorkforceRoles.AnyAsync(r => r.Code == "tutor-mentor")));

        var withFormula = ExcelWithFormula(header, ["tutor-mentor", "Tutor mentor", "", "wider", "education"], "B2", "A1&\"x\"");
        var refused = await ImportAsync("roles", "formula.xlsx", withFormula);
        Assert.Contains(refused.Problems, p => p.Row == 2 && p.Column == "B2" && p.Message.Contains("formula"));

        var notAWorkbook = await ImportAsync("roles", "fake.xlsx", [0x50, 0x4B, 3, 4, 1, 2, 3]);
        Assert.Contains(notAWorkbook.Problems, p => p.Message.Contains("cannot be opened as an Excel workbook"));
    }

    /// <summary>A workbook whose cell <paramref name="cell"/> holds a formula, as Excel saves one.</summary>
    private static byte[] ExcelWithFormula(string[] header, string[] row, string cell, string formula)
    {
        var bytes = TableFile.WriteExcel("roles", header, [row]);
        using var memory = new MemoryStream();
        memory.Write(bytes);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(memory, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var target = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == cell);
            target.InlineString = null;
            target.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.String;
            target.CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula(formula);
            target.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("Tutor mentorx");
            sheet.Save();
        }
        return memory.ToArray();
    }
}
