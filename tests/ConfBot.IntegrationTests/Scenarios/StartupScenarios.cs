using System.Diagnostics;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class StartupScenarios
{
    [Theory]
    [InlineData("ConfBot__Slack__Mode", "Http", "ConfBot:Slack:BotToken")]
    [InlineData("ConfBot__Slack__Mode", "Sokcet", "ConfBot:Slack:Mode")]
    [InlineData("ConfBot__Notes__Directory", "/no/such/notes", "ConfBot:Notes:Directory")]
    [InlineData("ConfBot__Storage__ConnectionString", "Host=127.0.0.1;Port=9;Username=confbot;Password=hunter2;Database=confbot;Timeout=3", "ConfBot:Storage:ConnectionString")]
    public async Task Serve_with_a_missing_or_malformed_setting_exits_2_with_one_line_naming_it(string variable, string value, string named)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConfBot__Slack__SigningSecret"] = "secret",
            // Nothing listens here, so a start that got past the settings would fail fast instead of calling Slack.
            ["ConfBot__Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/",
            ["ConfBot__Slack__ApiRetryCount"] = "0",
        };
        if (variable != "ConfBot__Slack__Mode" || value != "Http")
            environment["ConfBot__Slack__BotToken"] = "xoxb-test";
        environment[variable] = value;

        var (exitCode, stdout, stderr) = await RunServeAsync(environment);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", stdout + stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunServeAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "confbot.dll"), "serve", "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConfBot__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        // As deployed: no development-only configuration sources.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"confbot serve did not exit; stdout: {await stdout}; stderr: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
