using Npgsql;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: <c>CONFBOT_TEST_POSTGRES</c>, or else the one <c>.ci/postgres</c> sets up on
/// 127.0.0.1. Without a reachable server the PostgreSQL tests are skipped with the reason — except in CI
/// (<c>CI=true</c>), where that is a failure: CI must test both providers.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "CONFBOT_TEST_POSTGRES";
    private const string LocalDefault = "Host=127.0.0.1;Port=5432;Username=confbot_test;Password=confbot_test;Database=confbot_test";

    private static readonly Lazy<Task<(string? ConnectionString, string? Problem)>> Server = new(FindAsync);

    /// <summary>The server's connection string; skips (or, in CI, fails) the calling test when there is none.</summary>
    public static async Task<string> ConnectionStringAsync()
    {
        var (connectionString, problem) = await Server.Value;
        if (connectionString is not null)
            return connectionString;
        throw Unavailable($"No PostgreSQL server: {problem} Set {Variable} or run `bash .ci/postgres` as root.");
    }

    /// <summary>Skips the calling test for <paramref name="reason"/>, or in CI fails it; returns only to let callers write <c>throw</c>.</summary>
    public static Exception Unavailable(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            return new InvalidOperationException(reason);
        Skip.If(true, reason);
        return new InvalidOperationException("unreachable: Skip.If throws");
    }

    private static async Task<(string?, string?)> FindAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var connectionString = string.IsNullOrWhiteSpace(configured) ? LocalDefault : configured;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return (connectionString, null);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            var which = string.IsNullOrWhiteSpace(configured) ? $"{Variable} is unset and the local default failed" : $"{Variable} failed";
            return (null, $"{which} ({ex.Message}).");
        }
    }
}
