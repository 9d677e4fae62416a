using System.Data.Common;
using ConfBot.Storage.Sql.Schema;

namespace ConfBot.Storage.Sql;

/// <summary>
/// One database the stores run on: how to connect, how its column types carry instants, its migrations and how it
/// keeps two processes from migrating at once. Members are public only within this internal type's friends.
/// </summary>
internal abstract class SqlDatabase : IAsyncDisposable
{
    /// <summary>"SQLite" or "PostgreSQL", for logs.</summary>
    public abstract string Name { get; }

    /// <summary>DDL creating the <c>schema_version</c> table if it is missing.</summary>
    public abstract string SchemaVersionTable { get; }

    /// <summary>Every migration, oldest first; versions only ever grow.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    public abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value for an instant in this database's time column type.</summary>
    public abstract object Time(DateTimeOffset value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Work that must happen outside the migration transaction (e.g. SQLite's journal mode).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Blocks other processes from migrating until <paramref name="transaction"/> ends.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
