using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>The real DfE early years list, and broken copies of it, through the importer on a real database.</summary>
public sealed class EarlyYearsImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string Header = File.ReadLines(RealFile(0)).First();

    public static string RealFile(int index) =>
        Path.Combine(Repository.Root, "src", "OneWorkforce.Data", "Qualifications", "StarterData", StarterQualifications.Files[index]);

    private Task<ImportSummary> ImportAsync(string name, byte[] content, bool dryRun = false) =>
        factory.WithScopeAsync(s => s.GetRequiredService<EarlyYearsImport>().ImportAsync(name, content, dryRun));

    private Task<int> CountAsync() => factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Qualifications.CountAsync());

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private const string GoodRow = "EYQ-900,3,Sep-24,null,Level 3 Diploma in Testing Early Years Practice,NCFE,,None,,";

    /// <summary>A valid row of its own: reference and title differ, so it is no other row's twin.</summary>
    private static string Row(int number) => GoodRow.Replace("EYQ-900", $"EYQ-{number}").Replace("Testing", $"Testing {number}");

    [Fact]
    public async Task The_shipped_list_is_loaded_at_start_up_and_reimporting_it_changes_nothing()
    {
        await using var fresh = new AppFactory(); // a database no other test adds to
        // File 1 has 279 qualifications; the two updates add 8 and 9 more references: 296 in all.
        Assert.Equal(296, await fresh.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Qualifications.CountAsync()));
        var again = await fresh.WithScopeAsync(s => s.GetRequiredService<EarlyYearsImport>().ImportAsync("3.csv", File.ReadAllBytes(RealFile(2))));
        Assert.True(again.Succeeded);
        Assert.Equal((0, 0, 19), (again.Added, again.Updated, again.Unchanged));
        await fresh.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var pearson = await db.AwardingBodies.Include(b => b.Aliases).SingleAsync(b => b.Name == "Pearson Education Ltd");
            Assert.Contains(pearson.Aliases, a => a.Alias == "Edexcel");
            var edexcelRows = await db.Qualifications.CountAsync(q => q.AwardingBodyAsWritten == "Edexcel (now Pearson Education Ltd)");
            Assert.Equal(edexcelRows + await db.Qualifications.CountAsync(q => q.AwardingBodyAsWritten == "Pearson Education Ltd"),
                await db.Qualifications.CountAsync(q => q.AwardingBodyId == pearson.Id));
            var renamed = await db.Qualifications.Where(q => q.Number == "603/5829/4").Select(q => q.VersionGroup).Distinct().ToListAsync();
            Assert.Single(renamed); // EYQ-240 and EYQ-241 are versions of one qualification
            Assert.Equal("603/7741/0", await db.Qualifications.Where(q => q.Reference == "EYQ-251").Select(q => q.Number).SingleAsync());
        });
    }

    [Fact]
    public async Task A_new_row_is_added_then_updated_by_a_later_file()
    {
        var first = await ImportAsync("new.csv", Csv(Header, Row(901)));
        Assert.Equal(1, first.Added);
        var same = await ImportAsync("new.csv", Csv(Header, Row(901)));
        Assert.Equal((0, 0, 1), (same.Added, same.Updated, same.Unchanged));
        var later = await ImportAsync("update.csv", Csv(Header, Row(901).Replace("Sep-24,null", "Sep-24,Aug-25")));
        Assert.Equal((0, 1, 0), (later.Added, later.Updated, later.Unchanged));
    }

    public static TheoryData<string, string[], int, string, string> BrokenFiles => new()
    {
        { "missing header", ["Qualification Ref,Qualification Name", "EYQ-900,Something"], 1, "Qualification Level", "The header row has no 'Qualification Level' column" },
        { "unknown level", [Header, GoodRow.Replace(",3,", ",9,")], 2, "Qualification Level", "'9' is not a qualification level" },
        { "bad number", [Header, GoodRow.Replace("NCFE,,", "NCFE,603-5829-4,")], 2, "Qualification Number", "is not a qualification number" },
        { "bad date", [Header, GoodRow.Replace("Sep-24", "September the 1st")], 2, "From which date", "Write the month and year like Sep-14" },
        { "unclosed quote", [Header, Row(902), "EYQ-903,3,Sep-24,null,\"Level 3 Diploma,NCFE,,None,,", Row(904)], 3, "", "A quoted value is never closed" },
        { "duplicate reference", [Header, GoodRow, GoodRow.Replace("Testing", "Other")], 3, "Qualification Ref", "EYQ-900 is on rows 2 and 3" },
        { "missing name", [Header, GoodRow.Replace("Level 3 Diploma in Testing Early Years Practice", "")], 2, "Qualification Name", "Enter the qualification's name" },
        { "header only", [Header], 1, "", "The file has a header row but no data" },
        { "wrong column count", [Header, "EYQ-900,3,Sep-24"], 2, "", "different number of columns" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_whole_with_row_column_and_fix(string name, string[] lines, int row, string column, string message)
    {
        var before = await CountAsync();
        // A good row at the end proves that good rows are not saved when any row is broken.
        var summary = await ImportAsync(name + ".csv", Csv(lines.Length > 1 ? [.. lines, Row(999)] : lines));
        Assert.False(summary.Succeeded);
        var problem = summary.Problems.First(p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(name + ".csv", problem.File);
        Assert.Equal(row, problem.Row);
        Assert.Equal(column, problem.Column);
        Assert.Equal(before, await CountAsync()); // nothing written, not even the good rows
    }

    [Fact]
    public async Task An_empty_file_is_refused() =>
        Assert.Contains("The file is empty", Assert.Single((await ImportAsync("empty.csv", [])).Problems).Message);

    [Fact]
    public async Task A_Windows_1252_file_is_refused_with_the_line_and_how_to_save_it_as_UTF8()
    {
        var latin = Encoding.Latin1.GetBytes(string.Join("\r\n", Header, GoodRow, Row(904).Replace("Testing", "Café Practice")) + "\r\n");
        var problem = Assert.Single((await ImportAsync("latin.csv", latin)).Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("CSV UTF-8", problem.Message);
    }

    [Fact]
    public async Task A_huge_field_is_refused()
    {
        var summary = await ImportAsync("huge.csv", Csv(Header, GoodRow.Replace(",None,", "," + new string('x', 20_000) + ",")));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal("Notes/Additional Requirements", problem.Column);
        Assert.Contains("20,000 characters long", problem.Message);
    }

    [Fact]
    public async Task The_same_qualification_under_a_second_reference_is_refused_naming_the_first()
    {
        var summary = await ImportAsync("twin.csv", Csv(Header,
            "EYQ-905,3,Sep-20,Jan-23,T Level Technical Qualification in Education and Childcare (Specialism - Early Years Educator),NCFE,603/5829/4,None,,"));
        Assert.Contains("This is the same qualification as EYQ-240", Assert.Single(summary.Problems).Message);
    }

    [Fact]
    public async Task A_dry_run_reports_without_saving()
    {
        var before = await CountAsync();
        var summary = await ImportAsync("dry.csv", Csv(Header, Row(906)), dryRun: true);
        Assert.Equal(1, summary.Added);
        Assert.Equal(before, await CountAsync());
    }
}
