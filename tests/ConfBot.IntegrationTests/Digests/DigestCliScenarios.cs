using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Digests;

/// <summary><c>confbot digest --preview</c> as a user runs it: a fresh working directory, the seed notes, no Slack.</summary>
public sealed class DigestCliScenarios : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("confbot-cli-").FullName;
    private readonly string _dataHome = Directory.CreateTempSubdirectory("confbot-data-").FullName;

    [Fact]
    public async Task Preview_prints_the_digest_and_keeps_state_in_the_users_data_folder()
    {
        var (exitCode, stdout, stderr) = await RunAsync("digest", "--preview", "--date", "2026-11-25");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith("Digest for local-preview on 2026-11-25", stdout, StringComparison.Ordinal);
        Assert.Contains("TALK OF THE DAY", stdout);
        Assert.Contains("OPEN ACTION POINTS", stdout);
        Assert.True(File.Exists(Path.Combine(_dataHome, "confbot", "confbot.db")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_workingDirectory));
    }

    [Fact]
    public async Task Previews_of_following_days_show_different_talks_of_the_day()
    {
        var talks = new List<string>();
        foreach (var date in new[] { "2026-11-25", "2026-11-26", "2026-11-27" })
        {
            var (exitCode, stdout, stderr) = await RunAsync("digest", "--preview", "--date", date);
            Assert.True(exitCode == 0, stderr);
            talks.Add(TalkOfTheDay(stdout));
        }

        Assert.Equal(3, talks.Distinct().Count());
    }

    [Fact]
    public async Task A_note_added_after_the_first_preview_is_new_in_the_next_one()
    {
        var notes = Path.Combine(_workingDirectory, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "day1.md"), "# Conf 2026\n\n## Working with Secrets - Jane Doe\n\n- rotate keys often\n");
        var (firstExit, first, firstErrors) = await RunAsync("digest", "--preview", "--notes", notes);
        File.WriteAllText(Path.Combine(notes, "day2.md"), "# Conf 2026\n\n## Zero-Copy Parsing - Ngozi Adeyemi\n\n- borrow, do not allocate\n");

        var (exitCode, stdout, stderr) = await RunAsync("digest", "--preview", "--notes", notes);

        Assert.True(firstExit == 0, firstErrors);
        Assert.DoesNotContain("NEW IN THE NOTES", first);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains("NEW IN THE NOTES", stdout);
        Assert.Contains("Zero-Copy Parsing", stdout[stdout.IndexOf("NEW IN THE NOTES", StringComparison.Ordinal)..]);
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

    private static string TalkOfTheDay(string digest) =>
        digest.Split('\n').SkipWhile(line => !line.Contains("TALK OF THE DAY", StringComparison.Ordinal)).Skip(1).First(line => line.Trim().Length > 0);

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        ConfBotBinary.RunAsync(_workingDirectory, new Dictionary<string, string> { ["XDG_DATA_HOME"] = _dataHome }, arguments);

    public void Dispose()
    {
        Directory.Delete(_workingDirectory, recursive: true);
        Directory.Delete(_dataHome, recursive: true);
    }
}
