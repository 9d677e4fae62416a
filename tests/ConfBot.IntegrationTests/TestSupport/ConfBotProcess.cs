using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// <c>confbot serve</c> as a separate process on 127.0.0.1, for what only a real process shows: being killed with
/// SIGKILL — no shutdown, no finally blocks — and started again on the same state. Talks to a <see cref="FakeSlack"/>.
/// </summary>
internal sealed class ConfBotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ConfBotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote so far (JSON log lines), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts the process and returns once <c>/readyz</c> says it is ready (notes indexed, store and Slack reachable).</summary>
    /// <param name="settings">Configuration keys such as <c>ConfBot:Digest:TickInterval</c>, passed as ConfBot__ environment variables.</param>
    public static async Task<ConfBotProcess> StartAsync(FakeSlack slack, TestNotes notes, IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = ConfBotBinary.StartInfo(Path.GetTempPath(), "serve", "--urls", baseAddress.ToString().TrimEnd('/'), "--notes", notes.Folder);
        var environment = new Dictionary<string, string>
        {
            ["ConfBot:Storage:SqlitePath"] = notes.StateFile,
            ["ConfBot:Slack:Mode"] = "Http",
            ["ConfBot:Slack:SigningSecret"] = SignedSlackRequest.SigningSecret,
            ["ConfBot:Slack:BotToken"] = "xoxb-test-token",
            ["ConfBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["ConfBot:Slack:ApiRetryBaseDelay"] = "00:00:00.010",
            // Meaning is added in the background after the notes are read, which would race with scenarios that
            // check answers; the semantic scenarios turn it on and wait for it.
            ["ConfBot:Search:Semantic"] = "false",
        };
        foreach (var (key, value) in settings)
            environment[key] = value;
        foreach (var (key, value) in environment)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var service = new ConfBotProcess(new Process { StartInfo = start }, baseAddress);
        service._process.OutputDataReceived += (_, line) => service.Append(line.Data);
        service._process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync();
        return service;
    }

    public Task<HttpResponseMessage> CommandAsync(string text, string responseUrl) =>
        Client.SendAsync(SignedSlackRequest.SlashCommand(SlackPayloads.SlashCommand(text, responseUrl), DateTimeOffset.UtcNow));

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux), then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"confbot serve exited with {_process.ExitCode} before it was ready:\n{Output}");
            try
            {
                using var ready = await Client.GetAsync("readyz");
                if (ready.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }

        throw new TimeoutException($"confbot serve was not ready within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
    }
}
