using System.Data.Common;
using ConfBot.Storage.Sql;
using ConfBot.Storage.Sql.Schema;
using Microsoft.Data.Sqlite;

namespace ConfBot.Storage.Sqlite;

/// <summary>A SQLite file: the default store, needing no setup, for one replica (or several processes on one machine).</summary>
internal sealed class SqliteDatabase : SqlDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Writers wait for each other (Microsoft.Data.Sqlite retries a busy database until this many seconds).
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string Name => "SQLite";

    public override string SchemaVersionTable => """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)
        """;

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Instants are Unix milliseconds: they sort and compare as numbers.</summary>
    public override object Time(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Write-ahead logging lets readers go on while one process writes; the mode is stored in the file, and
        // cannot be changed inside a transaction.
        await using var command = connection.Command("PRAGMA journal_mode = WAL");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE, which already takes the file's write lock.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
