using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// A large upload into a workers table that was emptied and vacuumed (after a rolled-back upload, or everyone removed).
/// PostgreSQL then takes the table for empty and, left to itself, checked each new row by scanning the table being
/// filled: a scan per row, growing with the square of the rows (100,000 rows took 54 s instead of 3 s; a million would
/// take hours). The upload must join by hash: a handful of scans of the table, not one per row.
/// </summary>
public sealed class UploadIntoEmptiedTableTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private const int People = 6_000;

    [Fact]
    public async Task A_large_upload_into_an_emptied_vacuumed_table_adds_everyone_reading_the_table_a_few_times_not_once_per_row()
    {
        var file = WorkforceFiles.Workers(Enumerable.Range(1, People)
            .Select(i => $"EY100001,P{i:D5},early-years-worker,full-time,37,2020-01-01,,,1990,female,white-british,no,3,none,yes,").ToArray());
        Assert.True((await ImportAsync(file)).Saved);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            await db.TrainingRecords.ExecuteDeleteAsync();
            await db.Workers.ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync("VACUUM");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        });
        var scansBefore = await SequentialScansOfWorkersAsync();

        var outcome = await ImportAsync(file);

        Assert.True(outcome.Saved);
        Assert.Equal(People, outcome.Added);
        Assert.Equal(People, await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Workers.CountAsync()));
        if (app.Database.Provider == DatabaseProvider.Postgres)
        {
            var scans = await SequentialScansOfWorkersAsync(after: scansBefore) - scansBefore;
            Assert.InRange(scans, 1, 20);
        }
    }

    private async Task<ImportOutcome> ImportAsync(byte[] workers)
    {
        var (outcome, messages) = await WorkforceFiles.UploadAsync(app, false, ("workers.csv", workers));
        Assert.True(outcome.Saved, string.Join("\n", messages));
        return outcome;
    }

    /// <summary>
    /// PostgreSQL's count of sequential scans of workers (a nested loop's every rescan counts). A server process reports
    /// its counts when it ends: end the pooled ones, then read until the upload's have arrived.
    /// </summary>
    private async Task<long> SequentialScansOfWorkersAsync(long? after = null)
    {
        if (app.Database.Provider != DatabaseProvider.Postgres)
        {
            return 0;
        }
        NpgsqlConnection.ClearAllPools();
        long scans = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var connection = new NpgsqlConnection(app.Database.ConnectionString + ";Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COALESCE(seq_scan, 0) FROM pg_stat_user_tables WHERE relname = 'workers'", connection);
            scans = Convert.ToInt64(await command.ExecuteScalarAsync());
            if (after is null || scans > after)
            {
                return scans;
            }
            await Task.Delay(200);
        }
        return scans;
    }
}
