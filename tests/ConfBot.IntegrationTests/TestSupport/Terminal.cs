using System.Diagnostics;
using System.Text;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The built <c>confbot</c> on a pseudo-terminal, as a person at a terminal runs it: util-linux's <c>script</c> gives
/// the command a terminal for its input and output and passes what the test types through to it. Where <c>script</c>
/// is missing the test is skipped, saying what to install; under CI=true it fails instead, so a machine without it
/// cannot pass as green.
/// </summary>
internal sealed class Terminal : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _screen = new();
    private readonly Task _reading;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Terminal(Process process)
    {
        _process = process;
        _reading = ReadAsync();
    }

    /// <summary>Everything the command has written to its terminal so far.</summary>
    public string Screen
    {
        get
        {
            lock (_screen)
                return _screen.ToString();
        }
    }

    public static Terminal Start(string workingDirectory, params string[] arguments)
    {
        const string script = "/usr/bin/script";
        if (!File.Exists(script))
        {
            const string missing = "script is not installed (apt-get install bsdutils)";
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", missing);
            throw new SkipException(missing);
        }

        var command = ConfBotBinary.StartInfo(workingDirectory, arguments);
        var start = new ProcessStartInfo(script)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // -q: no "Script started" banner; -e: script's exit code is the command's; /dev/null: no typescript file.
        foreach (var argument in new[] { "-q", "-e", "-c", string.Join(' ', new[] { command.FileName }.Concat(command.ArgumentList).Select(Quote)), "/dev/null" })
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in command.Environment)
            start.Environment[key] = value;
        return new Terminal(Process.Start(start)!);
    }

    /// <summary>Types a line, as a person pressing Enter.</summary>
    public Task TypeLineAsync(string line) => TypeAsync(line + "\n");

    /// <summary>Ctrl-D: the end of input at a terminal.</summary>
    public Task TypeEndOfInputAsync() => TypeAsync("\u0004");

    /// <summary>Waits until the terminal shows <paramref name="text"/> <paramref name="times"/> times in all.</summary>
    public async Task WaitForAsync(string text, int times = 1)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var changed = _changed.Task;
            var screen = Screen;
            if (Occurrences(screen, text) >= times)
                return;
            if (_reading.IsCompleted)
                Assert.Fail($"the command ended before showing '{text}' {times} time(s):\n{screen}");
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"the terminal did not show '{text}' {times} time(s) within {Patience.TotalSeconds} s:\n{screen}");
            }
        }
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task TypeAsync(string keys)
    {
        await _process.StandardInput.WriteAsync(keys);
        await _process.StandardInput.FlushAsync();
    }

    private async Task ReadAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            lock (_screen)
                _screen.Append(buffer, 0, read);
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();
        }

        _changed.TrySetResult();
    }

    private static int Occurrences(string screen, string text)
    {
        var count = 0;
        for (var at = screen.IndexOf(text, StringComparison.Ordinal); at >= 0; at = screen.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
