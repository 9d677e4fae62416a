namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>Base of the contract tests: each provider's subclass says how to make a fresh database.</summary>
public abstract class StorageTestBase : IAsyncLifetime
{
    // Disposed last-first: replicas close their connections before their database is dropped.
    private readonly Stack<IAsyncDisposable> _cleanup = new();

    /// <summary>Instants on whole seconds: SQLite keeps milliseconds, PostgreSQL microseconds.</summary>
    protected static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A fresh empty database, dropped after the test.</summary>
    private protected async Task<TestDatabase> NewDatabaseAsync() => DisposeAfterTest(await CreateDatabaseAsync());

    private protected T DisposeAfterTest<T>(T disposable) where T : IAsyncDisposable
    {
        _cleanup.Push(disposable);
        return disposable;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        while (_cleanup.TryPop(out var disposable))
            await disposable.DisposeAsync();
    }
}
