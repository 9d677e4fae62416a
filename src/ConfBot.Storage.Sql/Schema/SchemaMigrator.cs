using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Storage.Sql.Schema;

/// <summary>
/// Brings a database to the latest schema: in one transaction, under the database's migration lock, applies the
/// migrations newer than the recorded version. Several replicas starting together apply each migration once.
/// </summary>
internal sealed partial class SchemaMigrator(SqlDatabase database, ILogger<SchemaMigrator> logger)
{
    /// <summary>Migrates and returns the schema version the database is at afterwards.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await database.PrepareAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.LockForMigrationAsync(connection, transaction, cancellationToken);

        await using (var create = connection.Command(database.SchemaVersionTable, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken);
        int current;
        await using (var read = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction))
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        var version = current;
        foreach (var migration in database.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using (var apply = connection.Command(migration.Sql, transaction))
                await apply.ExecuteNonQueryAsync(cancellationToken);
            await using (var record = connection.Command("INSERT INTO schema_version (version, description) VALUES (@version, @description)", transaction))
                await record.With("@version", migration.Version).With("@description", migration.Description).ExecuteNonQueryAsync(cancellationToken);
            LogApplied(database.Name, migration.Version, migration.Description);
            version = migration.Version;
        }
        await transaction.CommitAsync(cancellationToken);
        if (version == current)
            LogUpToDate(database.Name, version);
        return version;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Database} schema migrated to version {Version}: {Description}")]
    private partial void LogApplied(string database, int version, string description);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Database} schema is at version {Version}")]
    private partial void LogUpToDate(string database, int version);
}
