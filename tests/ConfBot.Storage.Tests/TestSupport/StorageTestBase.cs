namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>Base of the contract tests: each provider's subclass says how to make a fresh database.</summary>
public abstract class StorageTestBase : IAsyncLifetime
{
    private readonly List<TestDatabase> _databases = [];

    /// <summary>Instants on whole seconds: SQLite keeps milliseconds, PostgreSQL microseconds.</summary>
    protected static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A fresh empty database, dropped after the test.</summary>
    private protected async Task<TestDatabase> NewDatabaseAsync()
    {
        var database = await CreateDatabaseAsync();
        _databases.Add(database);
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
            await database.DisposeAsync();
    }
}
