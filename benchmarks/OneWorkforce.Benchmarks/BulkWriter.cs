using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OneWorkforce.Benchmarks;

/// <summary>
/// Writes many generated rows fast: one prepared INSERT in one transaction on SQLite, COPY on
/// PostgreSQL. Values are int, long, string, bool, DateOnly, DateTime or null.
/// </summary>
internal abstract class BulkWriter
{
    public static BulkWriter For(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new SqliteBulk(sqlite),
        NpgsqlConnection postgres => new PostgresBulk(postgres),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    public abstract Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows);

    /// <summary>After rows were written with explicit ids: move the id sequence past them (PostgreSQL only).</summary>
    public abstract Task ResetIdentityAsync(string table);

    private sealed class SqliteBulk(SqliteConnection connection) : BulkWriter
    {
        public override async Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
            command.Prepare();
            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        bool b => b ? 1 : 0,
                        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                        var v => v,
                    };
                }
                await command.ExecuteNonQueryAsync();
                count++;
            }
            await transaction.CommitAsync();
            return count;
        }

        public override Task ResetIdentityAsync(string table) => Task.CompletedTask; // AUTOINCREMENT follows the largest id
    }

    private sealed class PostgresBulk(NpgsqlConnection connection) : BulkWriter
    {
        public override async Task<int> WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            var count = 0;
            await using (var writer = await connection.BeginTextImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT csv)"))
            {
                var line = new StringBuilder();
                foreach (var row in rows)
                {
                    line.Clear();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (i > 0)
                        {
                            line.Append(',');
                        }
                        line.Append(row[i] switch
                        {
                            null => "",
                            bool b => b ? "true" : "false",
                            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff+00", CultureInfo.InvariantCulture),
                            string s => "\"" + s.Replace("\"", "\"\"") + "\"",
                            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                            var v => v.ToString(),
                        });
                    }
                    line.Append('\n');
                    await writer.WriteAsync(line.ToString());
                    count++;
                }
            }
            return count;
        }

        public override async Task ResetIdentityAsync(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))";
            await command.ExecuteScalarAsync();
        }
    }
}
