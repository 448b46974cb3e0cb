using Microsoft.Data.Sqlite;
using Npgsql;
using OneWorkforce.Data;

namespace OneWorkforce.Testing;

/// <summary>
/// A real, empty database for one test class: a SQLite file, or a new database on the PostgreSQL
/// server named by ONEWORKFORCE_TEST_POSTGRES when ONEWORKFORCE_TEST_PROVIDER=Postgres.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _postgresName;
    private readonly string? _sqliteFile;

    public static DatabaseProvider ProviderUnderTest =>
        string.Equals(Environment.GetEnvironmentVariable("ONEWORKFORCE_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public TestDatabase()
    {
        Provider = ProviderUnderTest;
        if (Provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("ONEWORKFORCE_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set ONEWORKFORCE_TEST_POSTGRES to a PostgreSQL connection string (scripts/test.sh does this).");
            _postgresName = "ow_test_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = $"CREATE DATABASE {_postgresName}";
                create.ExecuteNonQuery();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), "oneworkforce-tests", Guid.NewGuid().ToString("N") + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = _sqliteFile, Pooling = false }.ConnectionString;
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ONEWORKFORCE_TEST_POSTGRES"));
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)";
            drop.ExecuteNonQuery();
        }
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                try { File.Delete(file); } catch (IOException) { }
            }
        }
    }
}
