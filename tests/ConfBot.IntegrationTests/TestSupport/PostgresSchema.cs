using ConfBot.Storage.Tests.TestSupport;
using Npgsql;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>A fresh schema on the test PostgreSQL server for services to share, dropped afterwards.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"confbot_it_{Guid.NewGuid():N}";

    private PostgresSchema(string server) => _server = server;

    /// <summary>What a service needs to use the schema: <c>ConfBot:Storage:ConnectionString</c> with its search path.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConfBot:Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _name }.ToString(),
    };

    /// <summary>Skips the calling test when no server is reachable (fails in CI), as the storage tests do.</summary>
    public static async Task<PostgresSchema> CreateAsync() => await CreateAsync(await PostgresServer.ConnectionStringAsync());

    public static async Task<PostgresSchema> CreateAsync(string server)
    {
        var schema = new PostgresSchema(server);
        await schema.ExecuteAsync($"CREATE SCHEMA {schema._name}");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA {_name} CASCADE");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
