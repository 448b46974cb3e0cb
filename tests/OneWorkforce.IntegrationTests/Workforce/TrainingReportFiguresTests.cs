using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// The training report's figures per organisation must equal a count made here from every record, after every kind of
/// change to the records: added, changed to an older date, removed, and removed with their person. On PostgreSQL the
/// report reads each person's latest training, kept by triggers (ADR 0019), for today, and the records for an earlier
/// date; on SQLite it reads the records. Both are checked against the same count.
/// </summary>
public sealed class TrainingReportFiguresTests(WorkforceDemoAppFactory app) : IClassFixture<WorkforceDemoAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Figures_match_a_count_of_the_records_after_records_are_added_changed_and_removed()
    {
        await AssertFiguresMatchAsync(Today);
        await AssertFiguresMatchAsync(Today.AddMonths(-7));

        var (worker, other) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var trained = await db.Workers.Where(w => w.AreaId == app.DemoAreaId && w.LeavingDate == null && db.TrainingRecords.Count(t => t.WorkerId == w.Id) >= 2)
                .OrderBy(w => w.Id).Select(w => w.Id).Take(2).ToListAsync();
            return (trained[0], trained[1]);
        });

        // Added one at a time (as a manager's entry is), and many in one statement (as an upload's are).
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var person = await db.Workers.SingleAsync(w => w.Id == worker);
            db.TrainingRecords.Add(Record(person, "Paediatric first aid refresher", "first-aid", Today.AddDays(-3), null));
            db.TrainingRecords.Add(Record(person, "Safeguarding level 3", "safeguarding", Today.AddDays(-10), Today.AddYears(2)));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO training_records (area_id, organisation_id, worker_id, staff_reference, title, topic, completed_on, updated_at)
                SELECT area_id, organisation_id, id, staff_reference, 'Food hygiene level 2', 'food-hygiene', {0}, {1}
                FROM workers WHERE area_id = {2} AND id % 7 = 0
                """, Today.AddDays(-30), DateTime.UtcNow, app.DemoAreaId);
        });
        await AssertFiguresMatchAsync(Today);

        // Changed to an older date: the person's latest date must move back, not stay.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            Assert.True(await db.TrainingRecords.Where(t => t.WorkerId == other).ExecuteUpdateAsync(u => u.SetProperty(t => t.CompletedOn, Today.AddYears(-4)).SetProperty(t => t.ExpiresOn, (DateOnly?)null)) >= 2);
        });
        await AssertFiguresMatchAsync(Today);

        // Removed: one record, then a person with all theirs.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var latest = await db.TrainingRecords.Where(t => t.WorkerId == worker).OrderByDescending(t => t.CompletedOn).FirstAsync();
            db.TrainingRecords.Remove(latest);
            await db.SaveChangesAsync();
            var leaving = await db.Workers.Where(w => w.AreaId == app.DemoAreaId && db.TrainingRecords.Any(t => t.WorkerId == w.Id && t.CompletedOn > Today.AddYears(-1)))
                .OrderByDescending(w => w.Id).FirstAsync();
            db.Workers.Remove(leaving);
            await db.SaveChangesAsync();
        });
        await AssertFiguresMatchAsync(Today);
        await AssertFiguresMatchAsync(Today.AddMonths(-7));
    }

    private async Task AssertFiguresMatchAsync(DateOnly asAt)
    {
        var (reported, counted) = await app.WithScopeAsync(async s =>
        {
            var facts = await s.GetRequiredService<WorkforceIntelligence>().LoadAsync(WorkforceReports.Training, app.DemoAreaId, null, asAt);
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var inPost = await db.Workers.Where(w => w.AreaId == app.DemoAreaId && w.StartDate <= asAt && (w.LeavingDate == null || w.LeavingDate > asAt))
                .ToDictionaryAsync(w => w.Id, w => w.OrganisationId);
            var records = await db.TrainingRecords.Where(t => t.AreaId == app.DemoAreaId).Select(t => new { t.WorkerId, t.Topic, t.CompletedOn, t.ExpiresOn }).ToListAsync();
            return (Lines(facts), Count(inPost, records.Select(r => (r.WorkerId, r.Topic, r.CompletedOn, r.ExpiresOn)), asAt));
        });
        Assert.True(counted.Count > 100, $"The demo area should have training to count as at {asAt}.");
        Assert.Equal(counted, reported);
    }

    private static SortedSet<string> Lines(ScopeFacts facts) =>
        new(facts.ByOrganisation.SelectMany(o => o.Value.Where(f => f.Key != "headcount" && f.Value.N > 0).Select(f => $"{o.Key} {f.Key} {f.Value.N}")), StringComparer.Ordinal);

    /// <summary>The report's definitions counted person by person: trained in the 12 months to the date, by topic, and safeguarding in date.</summary>
    private static SortedSet<string> Count(Dictionary<long, int> inPost, IEnumerable<(long Worker, string Topic, DateOnly Completed, DateOnly? Expires)> records, DateOnly asAt)
    {
        var yearAgo = asAt.AddYears(-1);
        var safeguardingFrom = asAt.AddYears(-Bands.SafeguardingRefreshYears);
        var held = records.Where(r => inPost.ContainsKey(r.Worker) && r.Completed <= asAt).ToList();
        var recent = held.Where(r => r.Completed > yearAgo).ToList();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        void Add(string key, IEnumerable<long> people)
        {
            foreach (var organisation in people.Distinct().GroupBy(p => inPost[p]))
            {
                lines.Add($"{organisation.Key} {key} {organisation.Count()}");
            }
        }
        Add("any", recent.Select(r => r.Worker));
        Add("safeguarding-current", held.Where(r => r.Topic == "safeguarding" && (r.Expires > asAt || (r.Expires is null && r.Completed > safeguardingFrom))).Select(r => r.Worker));
        foreach (var topic in recent.GroupBy(r => r.Topic))
        {
            Add("topic:" + topic.Key, topic.Select(r => r.Worker));
        }
        return lines;
    }

    private static TrainingRecord Record(Worker person, string title, string topic, DateOnly completed, DateOnly? expires) => new()
    {
        AreaId = person.AreaId,
        OrganisationId = person.OrganisationId,
        WorkerId = person.Id,
        StaffReference = person.StaffReference,
        Title = title,
        Topic = topic,
        CompletedOn = completed,
        ExpiresOn = expires,
        UpdatedAt = DateTime.UtcNow,
    };
}
