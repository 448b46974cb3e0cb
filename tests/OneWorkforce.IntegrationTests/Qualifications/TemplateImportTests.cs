using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

/// <summary>The native templates with the demo samples (loaded by the demo) and broken files.</summary>
public sealed class TemplateImportTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private static string Sample(string name) => Path.Combine(Repository.Root, "src", "OneWorkforce.Data", "Demo", "Samples", name + ".csv");

    private Task<ImportSummary> ImportAsync(string format, string name, string text) =>
        factory.WithScopeAsync(s => s.GetRequiredService<TemplateImports>().ImportAsync(format, name, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task The_demo_samples_are_loaded_and_importing_them_again_changes_nothing()
    {
        foreach (var format in TemplateImports.Formats)
        {
            var again = await factory.WithScopeAsync(s => s.GetRequiredService<TemplateImports>().ImportAsync(format, format + ".csv", File.ReadAllBytes(Sample(format))));
            Assert.True(again.Succeeded, string.Join("; ", again.Problems));
            Assert.Equal(0, again.Added + again.Updated);
        }
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            Assert.Equal(13, await db.Units.CountAsync());
            Assert.Equal(19, await db.UnitGroupMembers.CountAsync());
            Assert.Equal(12, await db.FrameworkMappings.CountAsync());
            Assert.Equal(4, await db.RoleQualifications.CountAsync());
        });
    }

    [Fact]
    public async Task A_structure_is_replaced_whole_when_its_file_changes()
    {
        var header = File.ReadLines(Sample("structures")).First();
        var summary = await ImportAsync("structures", "smaller.csv", header + "\nEYQ-248,A,Mandatory units,yes,,,DEMO-SHC31,3,,\n");
        Assert.Equal((0, 1, 0), (summary.Added, summary.Updated, summary.Unchanged));
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var id = await db.Qualifications.Where(q => q.Reference == "EYQ-248").Select(q => q.Id).SingleAsync();
            Assert.Equal(1, await db.UnitGroupMembers.CountAsync(m => db.UnitGroups.Any(g => g.Id == m.GroupId && g.QualificationId == id)));
        });
        var restored = await factory.WithScopeAsync(s => s.GetRequiredService<TemplateImports>().ImportAsync("structures", "structures.csv", File.ReadAllBytes(Sample("structures"))));
        Assert.Equal((0, 1, 1), (restored.Added, restored.Updated, restored.Unchanged));
    }

    public static TheoryData<string, string, int, string, string> BrokenFiles => new()
    {
        { "units", "Unit Ref,Unit Title,Level,Credits,Guided Learning Hours\nU-1,A unit,9,3,\n", 2, "Level", "'9' is not a level" },
        { "units", "Unit Ref,Unit Title,Level,Credits,Guided Learning Hours\nU-1,A unit,3,three,\n", 2, "Credits", "Enter a whole number" },
        { "units", "Unit Ref,Unit Title,Level,Credits\nU-1,A unit,3,3\n", 1, "Guided Learning Hours", "The header row has no 'Guided Learning Hours' column" },
        { "structures", "Qualification Ref,Group,Group Title,Mandatory,Group Min Credits,Group Min Units,Unit Ref,Qualification Min Credits,Min Credits At Or Above Level,Min Credits At That Level\nEYQ-248,A,M,yes,,,NO-SUCH-UNIT,,,\n", 2, "Unit Ref", "There is no unit NO-SUCH-UNIT" },
        { "structures", "Qualification Ref,Group,Group Title,Mandatory,Group Min Credits,Group Min Units,Unit Ref,Qualification Min Credits,Min Credits At Or Above Level,Min Credits At That Level\nEYQ-248,A,M,yes,5,,DEMO-SHC31,,,\n", 2, "Group Min Credits", "A mandatory group needs every unit" },
        { "structures", "Qualification Ref,Group,Group Title,Mandatory,Group Min Credits,Group Min Units,Unit Ref,Qualification Min Credits,Min Credits At Or Above Level,Min Credits At That Level\nEYQ-248,B,Optional,no,5,,DEMO-SHC31,,,\nEYQ-248,B,Other title,no,5,,DEMO-SHC32,,,\n", 3, "Group Title", "has a different title or rule here than on row 2" },
        { "mappings", "Framework,Version,Area,Unit Ref,Qualification Ref,Strength,Rationale\ncommon-core,2010,7,DEMO-SHC31,,full,\n", 2, "Area", "common-core 2010 has no area 7" },
        { "mappings", "Framework,Version,Area,Unit Ref,Qualification Ref,Strength,Rationale\ncommon-core,2010,1,DEMO-SHC31,EYQ-248,full,\n", 2, "Unit Ref", "Give a Unit Ref or a Qualification Ref, not both" },
        { "mappings", "Framework,Version,Area,Unit Ref,Qualification Ref,Strength,Rationale\ncommon-core,2010,1,DEMO-SHC31,,strong,\n", 2, "Strength", "Enter one of: full, partial" },
        { "role-links", "Role,Qualification Ref,Significance,Mandatory,Note\nastronaut,EYQ-248,significant,no,\n", 2, "Role", "There is no role 'astronaut'" },
        { "role-links", "Role,Qualification Ref,Significance,Mandatory,Note\nnanny,EYQ-248,significant,perhaps,\n", 2, "Mandatory", "Enter yes or no" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_template_is_refused_whole(string format, string text, int row, string column, string message)
    {
        var before = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().AuditEntries.CountAsync());
        var summary = await ImportAsync(format, "broken.csv", text);
        var problem = Assert.Single(summary.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((row, column), (problem.Row, problem.Column));
        Assert.Equal(before, await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().AuditEntries.CountAsync()));
    }
}
