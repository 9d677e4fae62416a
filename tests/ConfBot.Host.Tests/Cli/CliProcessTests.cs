namespace ConfBot.Host.Tests.Cli;

/// <summary>What a person sees from the built <c>confbot</c>: one <c>error:</c> line and the documented exit code.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Theory]
    [InlineData("ConfBot__Notes__MaxFileBytes", "5MB", "talks", "error: ConfBot:Notes:MaxFileBytes: '5MB' is not a whole number (e.g. 5000000).")]
    [InlineData("ConfBot__Digest__DefaultTime", "25:99", "digest --preview", "error: ConfBot:Digest:DefaultTime: '25:99' is not a time of day as HH:mm (e.g. 08:30).")]
    [InlineData("ConfBot__Slack__Mode", "Sokcet", "serve", "error: ConfBot:Slack:Mode: 'Sokcet' is not one of Http, Socket.")]
    [InlineData("ConfBot__Search__EmbeddingThreads", "0", "ask vault", "error: ConfBot:Search:EmbeddingThreads must be between 1 and 64.")]
    [InlineData("ConfBot__Logging__Format", "yaml", "talks", "error: ConfBot:Logging:Format: 'yaml' is not one of Auto, Text, Json.")]
    public async Task A_bad_setting_is_one_error_line_naming_it_and_exit_code_2(string variable, string value, string command, string error)
    {
        var result = await _cli.RunAsync(new Dictionary<string, string?> { [variable] = value }, null, command.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([error], result.ErrorLines);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("talks --jsn", "error: Unrecognized command or argument '--jsn'. (did you mean '--json'?)")]
    [InlineData("tlaks", "error: Unrecognized command or argument 'tlaks'. (did you mean 'talks'?)")]
    [InlineData("ask vault --top 0", "error: --top must be between 1 and 20, not 0")]
    [InlineData("ask vault --top -5", "error: --top must be between 1 and 20, not -5")]
    [InlineData("ask", "error: the question is empty: ask something, e.g. confbot ask how do we store secrets", "")]
    public async Task A_wrong_command_line_is_an_error_and_a_pointer_to_help_on_stderr_and_exit_code_2(string command, string error, string? extra = null)
    {
        var arguments = extra is null ? command.Split(' ') : [.. command.Split(' '), extra];

        var result = await _cli.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(error, result.ErrorLines[0]);
        Assert.StartsWith("Run 'confbot", Assert.Single(result.ErrorLines.Skip(1)), StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_failure_while_running_is_one_error_line_and_exit_code_1()
    {
        var unreachable = new Dictionary<string, string?> { ["ConfBot__Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2" };

        var result = await _cli.RunAsync(unreachable, null, "digest", "--preview", "--notes", CliProcess.Seeds);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unquoted_words_are_the_question()
    {
        var result = await _cli.RunAsync("ask", "how", "do", "people", "store", "secrets", "--notes", CliProcess.Seeds);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Vault", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_stays_clean_json_even_when_the_notes_folder_is_missing()
    {
        var result = await _cli.RunAsync("talks", "--json", "--notes", Path.Combine(_cli.Folder, "nowhere"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task At_a_terminal_ask_without_a_question_prompts_for_one_question_per_line_until_exit()
    {
        RequireScript();

        var result = await _cli.RunAtTerminalAsync("\n? ", ["vault", "exit"], "ask", "--notes", CliProcess.Seeds, "--top", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'exit' or Ctrl-D leaves", result.Output, StringComparison.Ordinal);
        Assert.Contains("Working with Secrets", result.Output, StringComparison.Ordinal);
    }

    private static void RequireScript()
    {
        if (File.Exists("/usr/bin/script"))
            return;
        // CI installs util-linux's script (.ci/run); there a missing one must fail, not pass as skipped.
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "script (util-linux) is not installed");
        throw new SkipException("script (util-linux) is not installed");
    }

    public void Dispose() => _cli.Dispose();
}
