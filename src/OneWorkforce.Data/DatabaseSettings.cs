using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace OneWorkforce.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (Sqlite by default, or Postgres) and <c>ConnectionStrings:OneWorkforce</c>,
/// read alike by the web app and the command line.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/oneworkforce.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'. Set it to Sqlite or Postgres (environment variable Database__Provider).");
        }
        var connectionString = configuration.GetConnectionString("OneWorkforce");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:OneWorkforce is empty. " +
                    "Set it, for example ConnectionStrings__OneWorkforce='Host=127.0.0.1;Port=5432;Database=oneworkforce;Username=oneworkforce;Password=…'.");
            }
            connectionString = DefaultSqliteConnectionString;
        }
        return new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? PrepareSqlite(connectionString) : connectionString);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            // A list in a query (ids.Contains(x)) goes as one array parameter, not one parameter per item:
            // a national catalogue's lists would pass the databases' parameter limits (ADR 0009).
            options.UseNpgsql(ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        }
    }

    /// <summary>Makes a relative SQLite path absolute (from the working directory) and creates its folder.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } path && path != ":memory:" && !path.StartsWith("file:", StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }
        return builder.ToString();
    }
}
