using ConfBot.Storage.Sql.Schema;
using Microsoft.Extensions.Hosting;

namespace ConfBot.Storage;

/// <summary>
/// Migrates the schema in the host's <em>starting</em> phase, which completes before any hosted service's
/// <c>StartAsync</c>: no service can touch a store before its tables exist, wherever it was registered.
/// </summary>
internal sealed class StorageMigrationService(SchemaMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
