using ConfBot.Storage.Sql.Schema;
using Microsoft.Extensions.Hosting;

namespace ConfBot.Storage;

/// <summary>Migrates the schema while the host starts, before the hosted services registered after it use the stores.</summary>
internal sealed class StorageMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
