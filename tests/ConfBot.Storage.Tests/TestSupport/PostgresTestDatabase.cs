using ConfBot.Storage.Postgres;
using ConfBot.Storage.Sql;
using Npgsql;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>A fresh schema on the test server, reached through <c>Search Path</c>, so tests run side by side.</summary>
internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _serverConnectionString;
    private readonly string _schema = $"confbot_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string serverConnectionString) => _serverConnectionString = serverConnectionString;

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_serverConnectionString) { SearchPath = _schema }.ToString();

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConfBot:Storage:ConnectionString"] = ConnectionString,
    };

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase(await PostgresServer.ConnectionStringAsync());
        await database.ExecuteAsync($"CREATE SCHEMA {database._schema}");
        return database;
    }

    protected override SqlDatabase Open() => new PostgresDatabase(ConnectionString);

    protected override ValueTask DropAsync() => new(ExecuteAsync($"DROP SCHEMA {_schema} CASCADE"));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
