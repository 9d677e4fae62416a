using System.Data.Common;
using ConfBot.Storage.Sql;
using ConfBot.Storage.Sql.Schema;
using Npgsql;

namespace ConfBot.Storage.Postgres;

/// <summary>A PostgreSQL database shared by several replicas behind a load balancer.</summary>
internal sealed class PostgresDatabase(string connectionString) : SqlDatabase
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "PostgreSQL";

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now())
        """;

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>timestamptz takes UTC instants only (Npgsql refuses other offsets).</summary>
    public override object Time(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // A transaction-scoped advisory lock per schema: replicas starting together wait here, and the one after
        // the first finds the migrations applied. It is released at commit or rollback.
        await using var command = connection.Command("SELECT pg_advisory_xact_lock(hashtext('confbot-schema:' || current_schema()))", transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Null when <paramref name="connectionString"/> can be used; otherwise what is wrong with it.</summary>
    public static string? Check(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
