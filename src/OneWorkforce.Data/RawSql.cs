using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace OneWorkforce.Data;

/// <summary>
/// Reads rows with plain SQL (the same snake_case table and column names on both databases): for hundreds of
/// thousands of rows, several times quicker than materialising them through EF.
/// </summary>
public static class RawSql
{
    /// <param name="parameters">Named values, written in the SQL as <c>@name</c>.</param>
    public static async Task ReadAsync(OneWorkforceDbContext db, string sql, IReadOnlyDictionary<string, object>? parameters, Action<DbDataReader> row,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await RunAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), sql, parameters, row, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Like <see cref="ReadAsync"/> but on a connection of its own (the same database), so it can run while the context's
    /// connection reads something else. Outside any transaction only: it cannot see uncommitted changes.
    /// </summary>
    public static async Task ReadOnOwnConnectionAsync(OneWorkforceDbContext db, string sql, IReadOnlyDictionary<string, object>? parameters, Action<DbDataReader> row,
        CancellationToken cancellationToken)
    {
        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection()) ?? throw new InvalidOperationException("The database provider has no factory");
        await using var connection = factory.CreateConnection() ?? throw new InvalidOperationException("The database provider made no connection");
        connection.ConnectionString = db.Database.GetConnectionString();
        await connection.OpenAsync(cancellationToken);
        await RunAsync(connection, null, sql, parameters, row, cancellationToken);
    }

    private static async Task RunAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyDictionary<string, object>? parameters,
        Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
