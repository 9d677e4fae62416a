using ConfBot.Storage.Sql;
using ConfBot.Storage.Sql.Schema;
using ConfBot.Storage.Sql.Stores;
using ConfBot.Storage.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Storage.Tests.Contracts;

/// <summary>Schema creation and migration at start, the same on every provider.</summary>
public abstract class SchemaContract : StorageTestBase
{
    private static Task<int> MigrateAsync(SqlDatabase database)
        => new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);

    private static async Task<IReadOnlyList<int>> AppliedVersionsAsync(SqlDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT version FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
            versions.Add(reader.GetInt32(0));
        return versions;
    }

    [SkippableFact]
    public async Task An_empty_database_is_migrated_through_every_version_in_order()
    {
        var database = (await NewDatabaseAsync()).Connect();

        var version = await MigrateAsync(database);

        Assert.Equal(database.Migrations.Max(m => m.Version), version);
        Assert.Equal(database.Migrations.Select(m => m.Version).Order(), await AppliedVersionsAsync(database));
    }

    [SkippableFact]
    public async Task Migrating_an_up_to_date_database_changes_nothing_and_keeps_its_data()
    {
        var testDatabase = await NewDatabaseAsync();
        var first = await testDatabase.ConnectMigratedAsync();
        await new SqlProcessedEventLog(first).TryRecordAsync("Ev1", TimeSpan.FromHours(1), Noon);

        var restarted = await testDatabase.ConnectMigratedAsync();

        Assert.Equal(first.Migrations.Count, (await AppliedVersionsAsync(restarted)).Count);
        Assert.False(await new SqlProcessedEventLog(restarted).TryRecordAsync("Ev1", TimeSpan.FromHours(1), Noon));
    }

    [SkippableFact]
    public async Task Replicas_starting_together_apply_each_migration_once()
    {
        var testDatabase = await NewDatabaseAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ => testDatabase.Connect()).ToList();

        var versions = await Task.WhenAll(replicas.Select(r => Task.Run(() => MigrateAsync(r))));

        Assert.All(versions, v => Assert.Equal(replicas[0].Migrations.Max(m => m.Version), v));
        Assert.Equal(replicas[0].Migrations.Select(m => m.Version).Order(), await AppliedVersionsAsync(replicas[0]));
    }
}
