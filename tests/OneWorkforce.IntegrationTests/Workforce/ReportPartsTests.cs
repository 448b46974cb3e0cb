using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// A large area's reports read the workers in parts at once on SQLite (by id range, one part per core), and a report's
/// statements at once on PostgreSQL. Every person is in one part, so the figures must be the same as reading them whole:
/// checked by spreading the ids.
/// </summary>
public sealed class ReportPartsTests(WorkforceDemoAppFactory app) : IClassFixture<WorkforceDemoAppFactory>
{
    [Fact]
    public async Task Reading_the_workers_in_parts_gives_the_same_figures()
    {
        var asAt = DateOnly.FromDateTime(DateTime.UtcNow);
        async Task<List<string>> FiguresAsync() => await app.WithScopeAsync(async s =>
        {
            var intelligence = s.GetRequiredService<WorkforceIntelligence>();
            var lines = new List<string>();
            foreach (var report in WorkforceReports.All)
            {
                var built = await intelligence.BuildAsync(report, new ReportFilter(app.DemoAreaId), asAt, suppress: false);
                lines.AddRange(built.Headlines.Select(h => $"{report.Name} {h.Code} {h.Numerator} {h.Denominator}"));
                lines.AddRange(built.Tables.SelectMany(t => t.Rows.Select(r => $"{report.Name} {t.Caption} {r.Label} {string.Join(",", r.Figures.Select(f => f.Value))}")));
            }
            return lines;
        });
        var whole = await FiguresAsync();
        // Move one person without training far along the ids: the id range now spans more than 50,000, so it is read in parts.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var id = await db.Workers.Where(w => !db.TrainingRecords.Any(t => t.WorkerId == w.Id)).MaxAsync(w => w.Id);
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("UPDATE workers SET id = {0} WHERE id = {1}", id + 500_000, id));
        });
        var inParts = await FiguresAsync();
        Assert.True(whole.Count > 50);
        Assert.Equal(whole, inParts);
    }
}
