using Microsoft.Extensions.Logging;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Data.Reference;
using OneWorkforce.Data.Schema;

namespace OneWorkforce.Data;

/// <summary>What start-up and <c>db migrate</c> both do: apply the schema, load the national reference data and starter qualifications, make the roles.</summary>
public sealed class DatabaseStartup(SchemaMigrator migrator, ReferenceDataLoader reference, StarterQualifications starterQualifications,
    AccountAdministration accounts, ILogger<DatabaseStartup> log)
{
    public async Task<MigrationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        var referenceRows = await reference.LoadAsync(cancellationToken);
        referenceRows += await starterQualifications.LoadAsync(cancellationToken);
        await accounts.EnsureRolesAsync();
        log.LogInformation("Database ready: {Scripts} schema scripts applied, {Rows} reference rows added", applied.Count, referenceRows);
        return new MigrationReport(applied, referenceRows);
    }
}

public sealed record MigrationReport(IReadOnlyList<string> AppliedScripts, int ReferenceRowsAdded);
