using ConfBot.Storage.Postgres;
using ConfBot.Storage.Sql;
using ConfBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConfBot.Storage.Tests.Composition;

public sealed class AddStorageTests
{
    private const string Postgres = "Host=127.0.0.1;Username=confbot;Password=hunter2;Database=confbot";

    private static async Task<T> WithDatabaseAsync<T>(Dictionary<string, string?> settings, Func<ServiceProvider, T> inspect)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddStorage()
            .BuildServiceProvider();
        return inspect(services);
    }

    [Fact]
    public async Task With_nothing_configured_state_is_kept_in_a_SQLite_file()
    {
        var database = await WithDatabaseAsync(new(), sp => sp.GetRequiredService<SqlDatabase>());

        Assert.IsType<SqliteDatabase>(database);
    }

    [Fact]
    public async Task A_connection_string_selects_PostgreSQL()
    {
        var database = await WithDatabaseAsync(new() { ["ConfBot:Storage:ConnectionString"] = Postgres }, sp => sp.GetRequiredService<SqlDatabase>());

        Assert.IsType<PostgresDatabase>(database);
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_fails_validation()
    {
        var error = await WithDatabaseAsync(new() { ["ConfBot:Storage:Provider"] = "Postgres" },
            sp => Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        Assert.Contains("ConfBot:Storage:ConnectionString", error.Message);
    }

    [Fact]
    public async Task A_connection_string_for_SQLite_is_refused_rather_than_ignored()
    {
        var error = await WithDatabaseAsync(new() { ["ConfBot:Storage:Provider"] = "Sqlite", ["ConfBot:Storage:ConnectionString"] = Postgres },
            sp => Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        Assert.Contains("SqlitePath", error.Message);
    }

    [Fact]
    public async Task A_connection_string_PostgreSQL_cannot_read_fails_validation_without_echoing_it()
    {
        var error = await WithDatabaseAsync(new() { ["ConfBot:Storage:ConnectionString"] = "Data Source=confbot.db;Password=hunter2" },
            sp => Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<StorageOptions>>().Value));

        Assert.Contains("not a PostgreSQL connection string", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
