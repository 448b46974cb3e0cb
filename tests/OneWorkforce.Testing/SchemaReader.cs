using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OneWorkforce.Data;

namespace OneWorkforce.Testing;

/// <summary>
/// Reads a database's schema as comparable lines: tables, columns (type, nullability), indexes and foreign keys.
/// Full-text search structures live outside the EF model (ADR 0009) and are left out: SQLite's qualification_search
/// FTS5 table and its shadow tables, PostgreSQL indexes named *_search. So is PostgreSQL's training_latest, which its
/// own triggers keep (ADR 0019), and disclosure_keys, the secret of disclosure control (ADR 0020).
/// </summary>
public static class SchemaReader
{
    public static async Task<SortedSet<string>> ReadAsync(TestDatabase database)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await AddAsync(connection, lines, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' null=' || is_nullable
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ('schema_versions', 'training_latest', 'disclosure_keys')
                """);
            await AddAsync(connection, lines, """
                SELECT 'index ' || tablename || ' ' || regexp_replace(indexdef, '^.* USING ', '')
                FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ('schema_versions', 'training_latest', 'disclosure_keys') AND indexname NOT LIKE '%\_search'
                """);
            await AddAsync(connection, lines, """
                SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('schema_versions', 'training_latest', 'disclosure_keys')
                """);
        }
        else
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_versions' AND name <> 'disclosure_keys' AND name NOT LIKE 'qualification_search%'";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }
            foreach (var table in tables)
            {
                await AddAsync(connection, lines, $"SELECT 'column {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')");
                await AddAsync(connection, lines, $"SELECT 'index {table} ' || il.name || ' unique=' || il.\"unique\" || ' ' || (SELECT group_concat(ii.name) FROM pragma_index_info(il.name) ii) FROM pragma_index_list('{table}') il WHERE il.origin = 'c'");
                await AddAsync(connection, lines, $"SELECT 'fk {table}.' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}')");
            }
        }
        return lines;
    }

    private static async Task AddAsync(DbConnection connection, SortedSet<string> lines, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
    }
}
