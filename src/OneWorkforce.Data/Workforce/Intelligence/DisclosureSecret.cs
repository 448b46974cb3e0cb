using System.Collections.Concurrent;
using System.Text;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>
/// The installation's secret for cell keys (ADR 0020), made by the database when schema 0022 ran. Read once per
/// database and kept: it never changes, so the same people are always rounded the same way.
/// </summary>
public static class DisclosureSecret
{
    private static readonly ConcurrentDictionary<string, byte[]> Known = new(StringComparer.Ordinal);

    public static async Task<byte[]> GetAsync(OneWorkforceDbContext db, DatabaseSettings database, CancellationToken cancellationToken = default)
    {
        if (Known.TryGetValue(database.ConnectionString, out var secret))
        {
            return secret;
        }
        string? text = null;
        await RawSql.ReadAsync(db, "SELECT secret FROM disclosure_keys WHERE name = 'cell-key'", null, r => text = r.GetString(0), cancellationToken);
        if (string.IsNullOrEmpty(text) || text.Length < 32)
        {
            throw new InvalidOperationException("The database has no disclosure key: run 'db migrate' (schema script 0022) before sharing workforce figures.");
        }
        return Known[database.ConnectionString] = Encoding.ASCII.GetBytes(text);
    }
}
