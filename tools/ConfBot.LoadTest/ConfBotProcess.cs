using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConfBot.LoadTest;

/// <summary>The real <c>confbot serve</c> in its own process on 127.0.0.1, as it runs in production (Http mode, JSON logs).</summary>
internal sealed class ConfBotProcess(Process process, Uri baseAddress) : IAsyncDisposable
{
    public const string SigningSecret = "load-test-signing-secret";

    public Uri BaseAddress { get; } = baseAddress;

    public static async Task<ConfBotProcess> StartAsync(string serverDll, string notesFolder, Uri slackApi)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        // The service's JSON log lines are drained, not shown, so the report stays readable.
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { serverDll, "serve", "--urls", address.ToString().TrimEnd('/') }, RedirectStandardOutput = true };
        start.Environment["ConfBot__Notes__Directory"] = notesFolder;
        start.Environment["ConfBot__Slack__Mode"] = "Http";
        start.Environment["ConfBot__Slack__SigningSecret"] = SigningSecret;
        start.Environment["ConfBot__Slack__BotToken"] = "xoxb-load-test";
        start.Environment["ConfBot__Slack__ApiBaseUrl"] = slackApi.ToString();
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start confbot");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        await WaitUntilReadyAsync(address, process);
        return new ConfBotProcess(process, address);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilReadyAsync(Uri address, Process process)
    {
        using var probe = new HttpClient { BaseAddress = address };
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTimeOffset.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("readyz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("confbot serve did not become ready");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
