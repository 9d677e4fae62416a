using System.Text.Json;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Cli;

/// <summary>
/// The CLI's one error policy, run as a user runs the built <c>confbot</c>: a bad setting or argument is one
/// <c>error:</c> line on stderr naming it, the value and what is accepted, exit 2; a failure while running one line,
/// exit 1; help and suggestions never on stdout; no C# type name and no stack trace ever shown.
/// </summary>
public sealed class CliErrorScenarios : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("confbot-cli-").FullName;

    public static TheoryData<string, string, string[], string[]> BadSettings => new()
    {
        { "ConfBot__Notes__MaxFileBytes", "5MB", ["talks"], ["ConfBot:Notes:MaxFileBytes", "'5MB'", "whole number"] },
        { "ConfBot__Notes__MaxFileBytes", "0", ["talks", "--json"], ["ConfBot:Notes:MaxFileBytes", "must be at least 1"] },
        { "ConfBot__Digest__DefaultTime", "25:99", ["digest", "--preview"], ["ConfBot:Digest:DefaultTime", "'25:99'", "HH:mm"] },
        { "ConfBot__Logging__Format", "fancy", ["ask", "vault"], ["ConfBot:Logging:Format", "'fancy'", "Auto", "Text", "Json"] },
        { "ConfBot__Search__EmbeddingThreads", "100", ["ask", "--json", "vault"], ["ConfBot:Search:EmbeddingThreads", "between 1 and 64"] },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_is_one_error_line_naming_it_and_exit_2(string variable, string value, string[] arguments, string[] named)
    {
        var (exitCode, stdout, stderr) = await RunAsync(new Dictionary<string, string> { [variable] = value }, arguments);

        Assert.Equal(2, exitCode);
        var error = Assert.Single(Lines(stderr));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.All(named, text => Assert.Contains(text, error, StringComparison.Ordinal));
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Options", error, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Theory]
    [InlineData(new[] { "talks", "--jsn" }, "'--jsn'", "did you mean '--json'?")]
    [InlineData(new[] { "tlaks" }, "'tlaks'", "did you mean 'talks'?")]
    [InlineData(new[] { "ask", "" }, "the question is empty")]
    [InlineData(new[] { "ask", "   " }, "the question is empty")]
    [InlineData(new[] { "ask", "--top", "0", "vault" }, "--top must be between 1 and 20, not 0")]
    [InlineData(new[] { "ask", "--top", "-5", "vault" }, "--top must be between 1 and 20, not -5")]
    [InlineData(new[] { "ask", "--top", "21", "vault" }, "--top must be between 1 and 20, not 21")]
    [InlineData(new[] { "ask", "--top", "three", "vault" }, "--top: 'three' is not a whole number")]
    [InlineData(new[] { "ask", "--semantic-wait", "NaN", "vault" }, "--semantic-wait must be between 0 s and 3600 s, not NaN")]
    public async Task A_wrong_command_line_is_one_error_line_on_stderr_nothing_on_stdout_and_exit_2(string[] arguments, params string[] named)
    {
        var (exitCode, stdout, stderr) = await RunAsync(null, arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var error = Assert.Single(Lines(stderr), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.All(named, text => Assert.Contains(text, error, StringComparison.Ordinal));
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(stderr), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_notes_folder_keeps_json_output_empty_and_exits_2()
    {
        var (exitCode, stdout, stderr) = await RunAsync(null, "talks", "--json", "--notes", Path.Combine(_workingDirectory, "nowhere"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: ", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_while_running_is_one_error_line_and_exit_1()
    {
        // A path where the state database's folder would be is a file: the store cannot be created.
        var blocker = Path.Combine(_workingDirectory, "blocker");
        await File.WriteAllTextAsync(blocker, "");
        var (exitCode, stdout, stderr) = await RunAsync(
            new Dictionary<string, string> { ["ConfBot__Storage__SqlitePath"] = Path.Combine(blocker, "confbot.db") }, "digest", "--preview");

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: ", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_stays_one_clean_json_document_when_notes_are_skipped()
    {
        var notes = Directory.CreateDirectory(Path.Combine(_workingDirectory, "notes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(notes, "vault.md"), "# Secrets with Vault - Jane Doe\n\n- Rotate tokens daily\n- Audit every read\n");
        await File.WriteAllBytesAsync(Path.Combine(notes, "broken.md"), [0xFF, 0xFE, 0x00, 0x00, 0xD8, 0x00]);

        var (exitCode, stdout, stderr) = await RunAsync(null, "talks", "--json", "--notes", notes);

        Assert.True(exitCode == 0, stderr);
        using var talks = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, talks.RootElement.ValueKind);
        Assert.Single(Lines(stderr), line => line.StartsWith("broken.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_lists_the_exit_codes_on_stdout()
    {
        var (exitCode, stdout, _) = await RunAsync(null, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Exit codes: 0 done; 1 failed while running; 2 a wrong argument, option or setting.", stdout, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // The user's data folder is the test's own, so a state file never lands in the real one.
    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ConfBotBinary.RunAsync(_workingDirectory, new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["XDG_DATA_HOME"] = _workingDirectory }, arguments);

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);
}
