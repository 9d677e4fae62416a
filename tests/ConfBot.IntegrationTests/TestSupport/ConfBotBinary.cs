using System.Diagnostics;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>The <c>confbot</c> the tests were built with, run as its own process the way a user or a container runs it.</summary>
internal static class ConfBotBinary
{
    /// <summary>
    /// Output and error captured, and stdin too: a process with a terminal on stdin can be stopped by SIGTTOU when
    /// the console sets the terminal up, which is not what a test means to exercise. ConfBot__ variables of the test
    /// run are dropped so only the test's own settings apply.
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
        return start;
    }
}
