using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// A temporary table that holds the checked rows of one kind of file for the length of an upload's
/// transaction, written without EF: on SQLite one prepared insert reused for every row, on PostgreSQL
/// binary COPY. The checks across files and the merge into the real tables then run as set-based SQL.
/// </summary>
public abstract class StagingTable : IAsyncDisposable
{
    protected StagingTable(RecordLayout layout)
    {
        Layout = layout;
        Name = "stage_" + layout.Name;
    }

    public RecordLayout Layout { get; }

    public string Name { get; }

    public long Count { get; private set; }

    public static async Task<StagingTable> CreateAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, RecordLayout layout, CancellationToken cancellationToken)
    {
        StagingTable table = provider == DatabaseProvider.Postgres
            ? new PostgresStaging(layout, (NpgsqlConnection)connection)
            : new SqliteStaging(layout, (SqliteConnection)connection, (SqliteTransaction)transaction);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            var columns = layout.Fields.Select(f => $"{f.Column} {table.TypeOf(f.Kind)}");
            command.CommandText = $"""
                DROP TABLE IF EXISTS {table.Name};
                CREATE TEMP TABLE {table.Name} (file_no integer NOT NULL, row_no bigint NOT NULL, {string.Join(", ", columns)}){(provider == DatabaseProvider.Postgres ? " ON COMMIT DROP" : "")};
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await table.StartAsync(cancellationToken);
        return table;
    }

    /// <summary>Adds one checked row (values in the layout's field order).</summary>
    public void Add(int fileNo, long rowNo, object?[] values)
    {
        Write(fileNo, rowNo, values);
        Count++;
    }

    /// <summary>Finishes writing (PostgreSQL's COPY must end before the next command on the connection).</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    protected abstract string TypeOf(FieldKind kind);

    protected abstract Task StartAsync(CancellationToken cancellationToken);

    protected abstract void Write(int fileNo, long rowNo, object?[] values);

    public abstract ValueTask DisposeAsync();

    /// <summary>SQLite through its C API (as Microsoft.Data.Sqlite itself does), binding by position: several times quicker per row than SqliteCommand.</summary>
    private sealed class SqliteStaging(RecordLayout layout, SqliteConnection connection, SqliteTransaction transaction) : StagingTable(layout)
    {
        private SQLitePCL.sqlite3_stmt? insert;

        protected override string TypeOf(FieldKind kind) => kind switch
        {
            FieldKind.Decimal => "REAL",
            FieldKind.WholeNumber or FieldKind.Year => "INTEGER",
            _ => "TEXT",
        };

        protected override Task StartAsync(CancellationToken cancellationToken)
        {
            _ = transaction; // the transaction is the connection's: statements through the C API run in it
            var sql = $"INSERT INTO {Name} VALUES ({string.Join(", ", Enumerable.Repeat("?", Layout.Fields.Count + 2))})";
            Check(SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle, sql, out insert));
            return Task.CompletedTask;
        }

        protected override void Write(int fileNo, long rowNo, object?[] values)
        {
            var statement = insert!;
            SQLitePCL.raw.sqlite3_bind_int(statement, 1, fileNo);
            SQLitePCL.raw.sqlite3_bind_int64(statement, 2, rowNo);
            for (var i = 0; i < values.Length; i++)
            {
                var index = i + 3;
                _ = values[i] switch
                {
                    null => SQLitePCL.raw.sqlite3_bind_null(statement, index),
                    decimal d => SQLitePCL.raw.sqlite3_bind_double(statement, index, (double)d),
                    int n => SQLitePCL.raw.sqlite3_bind_int(statement, index, n),
                    DateOnly date => SQLitePCL.raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    var v => SQLitePCL.raw.sqlite3_bind_text(statement, index, (string)v),
                };
            }
            var result = SQLitePCL.raw.sqlite3_step(statement);
            SQLitePCL.raw.sqlite3_reset(statement);
            if (result != SQLitePCL.raw.SQLITE_DONE)
            {
                Check(result);
            }
        }

        private void Check(int result)
        {
            if (result != SQLitePCL.raw.SQLITE_OK && result != SQLitePCL.raw.SQLITE_DONE)
            {
                throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);
            }
        }

        public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            insert?.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresStaging(RecordLayout layout, NpgsqlConnection connection) : StagingTable(layout)
    {
        private NpgsqlBinaryImporter? importer;
        private NpgsqlDbType[] types = [];

        protected override string TypeOf(FieldKind kind) => kind switch
        {
            FieldKind.Decimal => "double precision",
            FieldKind.WholeNumber or FieldKind.Year => "integer",
            FieldKind.Date => "date",
            _ => "text",
        };

        protected override async Task StartAsync(CancellationToken cancellationToken)
        {
            types = Layout.Fields.Select(f => f.Kind switch
            {
                FieldKind.Decimal => NpgsqlDbType.Double,
                FieldKind.WholeNumber or FieldKind.Year => NpgsqlDbType.Integer,
                FieldKind.Date => NpgsqlDbType.Date,
                _ => NpgsqlDbType.Text,
            }).ToArray();
            importer = await connection.BeginBinaryImportAsync(
                $"COPY {Name} (file_no, row_no, {string.Join(", ", Layout.Fields.Select(f => f.Column))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        }

        protected override void Write(int fileNo, long rowNo, object?[] values)
        {
            importer!.StartRow();
            importer.Write(fileNo, NpgsqlDbType.Integer);
            importer.Write(rowNo, NpgsqlDbType.Bigint);
            for (var i = 0; i < values.Length; i++)
            {
                switch (values[i])
                {
                    case null:
                        importer.WriteNull();
                        break;
                    case decimal d:
                        importer.Write((double)d, NpgsqlDbType.Double);
                        break;
                    case DateOnly date:
                        importer.Write(date, NpgsqlDbType.Date);
                        break;
                    case int n:
                        importer.Write(n, NpgsqlDbType.Integer);
                        break;
                    case var v:
                        importer.Write((string)v, types[i]);
                        break;
                }
            }
        }

        public override async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (importer is not null)
            {
                await importer.CompleteAsync(cancellationToken);
                await importer.DisposeAsync();
                importer = null;
            }
            // A temporary table has no statistics until analysed; without them the planner nests loops over a million rows.
            await using var analyse = connection.CreateCommand();
            analyse.CommandText = $"ANALYZE {Name}";
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            if (importer is not null)
            {
                await importer.DisposeAsync();
            }
        }
    }
}
