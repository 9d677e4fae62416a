using System.Text.Json;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Cli;

/// <summary>
/// <c>confbot ask</c> as people type it: the words after <c>ask</c> are the question without quotes; with no question
/// at a terminal it prompts, one question a line, until <c>exit</c> or Ctrl-D; piped questions are answered in order.
/// </summary>
public sealed class AskScenarios : IDisposable
{
    private const string Prompt = "? ";
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("confbot-ask-").FullName;

    [Fact]
    public async Task Unquoted_words_form_one_question()
    {
        var (exitCode, stdout, stderr) = await ConfBotBinary.RunAsync(_workingDirectory, null, "ask", "--json", "how", "do", "we", "store", "secrets", "in", "vault");

        Assert.True(exitCode == 0, stderr);
        using var answer = JsonDocument.Parse(stdout);
        Assert.Equal("how do we store secrets in vault", answer.RootElement.GetProperty("question").GetString());
        Assert.NotEqual(0, answer.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Piped_questions_are_answered_one_json_line_each()
    {
        var start = ConfBotBinary.StartInfo(_workingDirectory, "ask", "--json");
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteAsync("vault\n\nwhat is pact\n");
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(["vault", "what is pact"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()));
    }

    [SkippableFact]
    public async Task At_a_terminal_it_prompts_for_questions_until_exit()
    {
        await using var terminal = Terminal.Start(_workingDirectory, "ask");

        await terminal.WaitForAsync(Prompt);
        Assert.Contains("'exit' or Ctrl-D leaves", terminal.Screen, StringComparison.Ordinal);
        await terminal.TypeLineAsync("how do we store secrets in vault");
        await terminal.WaitForAsync(Prompt, times: 2);
        await terminal.TypeLineAsync("exit");

        Assert.Equal(0, await terminal.WaitForExitAsync());
        Assert.Contains("Vault", terminal.Screen, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task At_a_terminal_ctrl_d_leaves_the_prompt()
    {
        await using var terminal = Terminal.Start(_workingDirectory, "ask");

        await terminal.WaitForAsync(Prompt);
        await terminal.TypeEndOfInputAsync();

        Assert.Equal(0, await terminal.WaitForExitAsync());
    }

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);
}
