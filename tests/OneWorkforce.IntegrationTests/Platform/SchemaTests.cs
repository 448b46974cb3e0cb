using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Reference;
using OneWorkforce.Data.Schema;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

/// <summary>The hand-written schema scripts must build exactly the schema the EF model describes, on this provider.</summary>
public sealed class SchemaTests
{
    [Fact]
    public async Task Migrated_schema_matches_the_EF_model()
    {
        using var migrated = new TestDatabase();
        using var created = new TestDatabase();
        await using (var context = Context(migrated))
        {
            var migrator = new SchemaMigrator(context, new DatabaseSettings(migrated.Provider, migrated.ConnectionString),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance);
            var applied = await migrator.MigrateAsync();
            Assert.NotEmpty(applied);
        }
        await using (var context = Context(created))
        {
            await context.Database.EnsureCreatedAsync();
        }
        var expected = await SchemaReader.ReadAsync(created);
        var actual = await SchemaReader.ReadAsync(migrated);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "The schema scripts and the EF model disagree. Add a script under src/OneWorkforce.Data/Schema/Scripts/ for both providers.\n" +
            $"In the model but not the scripts:\n  {string.Join("\n  ", missing)}\nIn the scripts but not the model:\n  {string.Join("\n  ", extra)}");
        Assert.Contains(expected, line => line.StartsWith("column areas.code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time_and_reference_data_is_idempotent()
    {
        await using var factory = new AppFactory();
        _ = factory.Services; // start-up migrates and loads reference data
        await factory.WithScopeAsync(async services =>
        {
            var startup = services.GetRequiredService<DatabaseStartup>();
            var again = await startup.RunAsync();
            Assert.Empty(again.AppliedScripts);
            Assert.Equal(0, again.ReferenceRowsAdded);
            Assert.Equal(0, await services.GetRequiredService<ReferenceDataLoader>().LoadAsync());
            var versions = await services.GetRequiredService<SchemaMigrator>().AppliedVersionsAsync();
            Assert.Equal(SchemaScripts.For(factory.Database.Provider).Select(s => s.Version), versions);
        });
    }

    [Fact]
    public async Task Migrations_started_together_by_two_nodes_apply_each_script_once()
    {
        using var database = new TestDatabase();
        var runs = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var context = Context(database);
            var migrator = new SchemaMigrator(context, new DatabaseSettings(database.Provider, database.ConnectionString),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance);
            return await migrator.MigrateAsync();
        }).ToList();
        var results = await Task.WhenAll(runs);
        Assert.Equal(SchemaScripts.For(database.Provider).Count, results.Sum(r => r.Count));
    }

    [Fact]
    public void PostgreSQLs_training_latest_keeps_a_date_for_every_training_topic()
    {
        var script = SchemaScripts.For(DatabaseProvider.Postgres).Single(s => s.Name == "0021_training_latest").Sql;
        foreach (var topic in OneWorkforce.Core.Workforce.WorkforceCodes.TrainingTopics.Items)
        {
            var column = "last_" + topic.Code.Replace('-', '_');
            Assert.Contains($"    {column} date,", script, StringComparison.Ordinal);
            Assert.Contains($"FILTER (WHERE topic = ''{topic.Code}'')", script, StringComparison.Ordinal);
            Assert.Contains($"{column} = GREATEST(training_latest.{column}, EXCLUDED.{column})", script, StringComparison.Ordinal);
        }
    }

    private static OneWorkforceDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<OneWorkforceDbContext>();
        new DatabaseSettings(database.Provider, database.ConnectionString).Configure(options);
        return new OneWorkforceDbContext(options.Options);
    }
}
