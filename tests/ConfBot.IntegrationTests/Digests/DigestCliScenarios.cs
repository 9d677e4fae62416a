using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Digests;

/// <summary><c>confbot digest --preview</c> as a user runs it: a fresh working directory, the seed notes, no Slack.</summary>
public sealed class DigestCliScenarios : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("confbot-cli-").FullName;

    [Fact]
    public async Task Preview_prints_the_digest_and_keeps_state_in_a_local_file()
    {
        var (exitCode, stdout, stderr) = await RunAsync("digest", "--preview", "--date", "2026-11-25");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Digest for local-preview on 2026-11-25", stdout, StringComparison.Ordinal);
        Assert.Contains("TALK OF THE DAY", stdout);
        Assert.Contains("OPEN ACTION POINTS", stdout);
        Assert.True(File.Exists(Path.Combine(_workingDirectory, "confbot.db")));
    }

    [Theory]
    [InlineData(new[] { "digest" }, "add --preview")]
    [InlineData(new[] { "digest", "--preview", "--date", "25/11/2026" }, "YYYY-MM-DD")]
    public async Task Refuses_to_post_or_to_guess_a_date(string[] arguments, string expected)
    {
        var (exitCode, _, stderr) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        ConfBotBinary.RunAsync(_workingDirectory, null, arguments);

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);
}
