using System.Diagnostics;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>The <c>confbot</c> the tests were built with, run as its own process the way a user or a container runs it.</summary>
internal static class ConfBotBinary
{
    /// <summary>
    /// Output and error captured, and stdin too: a process with a terminal on stdin can be stopped by SIGTTOU when
    /// the console sets the terminal up, which is not what a test means to exercise. ConfBot__ variables of the test
    /// run are dropped so only the test's own settings apply, and the user's data folder (where state goes unless a
    /// setting says) is one of this test run's, not the home folder of whoever runs the tests.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "confbot.dll"), .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConfBot__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["XDG_DATA_HOME"] = DataHome;
        return start;
    }

    private static readonly string DataHome = Directory.CreateTempSubdirectory("confbot-test-data-").FullName;

    /// <summary>Runs a one-shot command to its end (at most a minute); <paramref name="environment"/> adds settings.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
