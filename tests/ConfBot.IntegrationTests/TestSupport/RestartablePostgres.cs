using System.Diagnostics;
using ConfBot.Storage.Tests.TestSupport;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The PostgreSQL cluster of its own that <c>.ci/postgres</c> sets up for fault tests (restarting the shared one
/// would break the tests beside them): its connection string, and stop/start through Debian's <c>pg_ctlcluster</c>.
/// Without it the test is skipped — except in CI, where that is a failure.
/// </summary>
internal sealed class RestartablePostgres
{
    public const string Variable = "CONFBOT_TEST_POSTGRES_RESTARTABLE";
    public const string ClusterVariable = "CONFBOT_TEST_POSTGRES_RESTARTABLE_CLUSTER";

    private readonly string[] _cluster;

    private RestartablePostgres(string connectionString, string[] cluster)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    public string ConnectionString { get; }

    public static RestartablePostgres Find()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        var cluster = Environment.GetEnvironmentVariable(ClusterVariable)?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (string.IsNullOrWhiteSpace(connectionString) || cluster is not [_, _])
            throw PostgresServer.Unavailable($"No restartable PostgreSQL cluster: set {Variable} and {ClusterVariable} (\"VERSION NAME\"), or source `.ci/postgres` as root.");
        return new RestartablePostgres(connectionString, cluster);
    }

    /// <summary>A fast shutdown, as a failover or a package upgrade does it: open sessions are cut off.</summary>
    public Task StopAsync() => ControlAsync("stop", "-m", "fast");

    public Task StartAsync() => ControlAsync("start");

    private async Task ControlAsync(params string[] action)
    {
        var start = new ProcessStartInfo("pg_ctlcluster", [.. _cluster, .. action]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pg_ctlcluster {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await output}{await errors}");
    }
}
