using ConfBot.Storage.Sql;
using ConfBot.Storage.Sql.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>One empty database for one test, which several "replicas" can connect to; dropped afterwards.</summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    private readonly List<SqlDatabase> _connections = [];

    /// <summary>The <c>ConfBot:Storage:*</c> settings that make <c>AddStorage</c> use this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>A new connection to the database, as a separate replica would have; not migrated.</summary>
    public SqlDatabase Connect()
    {
        var database = Open();
        _connections.Add(database);
        return database;
    }

    /// <summary>A new connection to the database, after migrating it.</summary>
    public async Task<SqlDatabase> ConnectMigratedAsync()
    {
        var database = Connect();
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    protected abstract SqlDatabase Open();

    /// <summary>Removes the database once every connection is closed.</summary>
    protected abstract ValueTask DropAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
            await connection.DisposeAsync();
        await DropAsync();
    }
}
