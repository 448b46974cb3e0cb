using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OneWorkforce.Data.Schema;

/// <summary>
/// Applies the schema scripts not yet applied, in order, each in its own transaction with its
/// version row. Safe when several nodes start at once: PostgreSQL takes an advisory lock, and
/// SQLite's write transaction serialises the writers.
/// </summary>
public sealed class SchemaMigrator(OneWorkforceDbContext db, DatabaseSettings settings, ILogger<SchemaMigrator> log)
{
    private const long PostgresLockKey = 0x0E_57_0C_F0;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = SchemaScripts.For(settings.Provider);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var applied = new List<string>();
        try
        {
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            }
            else
            {
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
            }
            await ExecuteAsync(connection, null, CreateVersionTable, cancellationToken);
            foreach (var script in scripts)
            {
                if (await ApplyIfPendingAsync(connection, script, cancellationToken))
                {
                    applied.Add(script.Name);
                    log.LogInformation("Applied schema script {Script}", script.Name);
                }
            }
        }
        finally
        {
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }
            await db.Database.CloseConnectionAsync();
        }
        return applied;
    }

    /// <summary>The versions already applied to this database.</summary>
    public async Task<IReadOnlyList<string>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateVersionTable, cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT version FROM schema_versions ORDER BY version";
            var versions = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add(reader.GetString(0));
            }
            return versions;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_versions (version VARCHAR(20) NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)";

    private static async Task<bool> ApplyIfPendingAsync(DbConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using (var check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_versions WHERE version = @version";
            AddParameter(check, "@version", script.Version);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0)
            {
                return false;
            }
        }
        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_versions (version, name, applied_at) VALUES (@version, @name, @at)";
            AddParameter(record, "@version", script.Version);
            AddParameter(record, "@name", script.Name);
            AddParameter(record, "@at", DateTime.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
