using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Plans;
using OneWorkforce.Data;
using OneWorkforce.Data.Schema;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

/// <summary>
/// Schema 0020 rebuilds plan_actions and action_progress_notes on SQLite (to let a national strategy's action have no
/// area). Applying it to a database with actions and notes keeps every row, key and link.
/// </summary>
public sealed class RebuiltTableTests
{
    [Fact]
    public async Task Rebuilding_the_action_tables_keeps_every_action_and_note()
    {
        using var database = new TestDatabase();
        await using var factory = AppFactory.OnDatabase(database);
        var areaId = await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var area = new Core.Areas.Area { Name = "Rebuildshire", Code = "E99999998" };
            db.Areas.Add(area);
            await db.SaveChangesAsync();
            var action = new PlanAction { AreaId = area.Id, Number = 1, Title = "Keep me", Arcs = ActionArcs.All, Status = ActionStatuses.OnTrack, EstimatedCostPence = 1_200_000 };
            action.Notes.Add(new ActionProgressNote { On = new DateOnly(2026, 12, 1), Text = "Still here", AddedBy = "test" });
            db.PlanActions.Add(action);
            db.PlanActions.Add(new PlanAction { AreaId = null, Number = 2, Title = "National", Arcs = ActionArcs.All, Status = ActionStatuses.NotStarted });
            await db.SaveChangesAsync();
            return area.Id;
        });
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var version = SchemaScripts.For(database.Provider).Single(x => x.Name.Contains("national_strategy_actions")).Version;
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_versions WHERE version = {0}", version);
            var applied = await s.GetRequiredService<SchemaMigrator>().MigrateAsync();
            Assert.Single(applied);
        });
        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var actions = await db.PlanActions.AsNoTracking().Include(a => a.Notes).OrderBy(a => a.Number).ToListAsync();
            Assert.Equal([("Keep me", (int?)areaId, 1_200_000L), ("National", null, 0L)], actions.Select(a => (a.Title, a.AreaId, a.EstimatedCostPence ?? 0)));
            Assert.Equal("Still here", Assert.Single(actions[0].Notes).Text);
            // Keys still hold: removing the action removes its note.
            db.PlanActions.Remove(await db.PlanActions.SingleAsync(a => a.Number == 1));
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.ActionProgressNotes.CountAsync());
            var next = new PlanAction { AreaId = areaId, Number = 3, Title = "New after the rebuild", Arcs = ActionArcs.All, Status = ActionStatuses.NotStarted };
            db.PlanActions.Add(next);
            await db.SaveChangesAsync();
            Assert.True(next.Id > actions.Max(a => a.Id));
        });
    }
}
