using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

public sealed class OfqualImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Header = "Qualification Number,Qualification Title,Owner Organisation Name,Qualification Level,Qualification Type,Total Credits,Guided Learning Hours,Total Qualification Time,Operational Start Date,Operational End Date,Certification End Date,Qualification Status";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Fact]
    public async Task Register_rows_are_added_once_and_join_the_early_years_versions_of_the_same_number()
    {
        var file = Csv(Header,
            "603/5829/4,NCFE T Level Technical Qualification in Education and Early Years,NCFE,Level 3,Technical Qualification,,\"1,080\",1230,01/09/2020,,,Available to learners",
            "500/9733/9,CACHE Level 3 Diploma in Children's Care Learning and Development (QCF),NCFE CACHE,Level 3,Diploma,65,,650,01/09/2010,31/08/2014,31/08/2017,No longer awarded");
        var first = await factory.WithScopeAsync(s => s.GetRequiredService<OfqualImport>().ImportAsync("register.csv", file));
        Assert.True(first.Succeeded, string.Join("; ", first.Problems));
        Assert.Equal(2, first.Added);
        var second = await factory.WithScopeAsync(s => s.GetRequiredService<OfqualImport>().ImportAsync("register.csv", file));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));

        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var tlevel = await db.Qualifications.SingleAsync(q => q.Reference == "OQ-603-5829-4");
            Assert.Equal(1080, tlevel.GuidedLearningHours);
            Assert.Equal("ofqual", tlevel.Source);
            var group = await db.Qualifications.Where(q => q.VersionGroup == tlevel.VersionGroup).Select(q => q.Reference).OrderBy(r => r).ToListAsync();
            Assert.Equal(["EYQ-240", "EYQ-241", "EYQ-535", "OQ-603-5829-4"], group);
            var cache = await db.Qualifications.SingleAsync(q => q.Reference == "OQ-500-9733-9");
            Assert.Equal("withdrawn", cache.Status);
            Assert.Equal(65, cache.Credits);
            Assert.Equal("diploma", cache.TypeCode);
        });
    }

    [Fact]
    public async Task A_broken_register_file_writes_nothing()
    {
        var before = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Qualifications.CountAsync());
        var summary = await factory.WithScopeAsync(s => s.GetRequiredService<OfqualImport>().ImportAsync("bad-register.csv", Csv(Header,
            "601/0000/1,A Good Award,NCFE,Level 2,Award,10,80,100,01/09/2019,,,Available to learners",
            "601/0000/2,A Bad Award,NCFE,Level 12,Award,ten,80,100,01/09/2019,,,Available to learners")));
        Assert.False(summary.Succeeded);
        Assert.Equal(["Qualification Level", "Total Credits"], summary.Problems.Select(p => p.Column));
        Assert.All(summary.Problems, p => Assert.Equal(3, p.Row));
        Assert.Equal(before, await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Qualifications.CountAsync()));

        var wrongFormat = await factory.WithScopeAsync(s => s.GetRequiredService<OfqualImport>().ImportAsync("eyql.csv",
            File.ReadAllBytes(EarlyYearsImportTests.RealFile(1))));
        Assert.Contains("The header row has no 'Qualification Title' column. The Ofqual register download needs these columns", wrongFormat.Problems[0].Message);
    }
}
