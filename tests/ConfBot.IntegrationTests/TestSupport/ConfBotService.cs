using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ConfBot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The real service, composed exactly as <c>confbot serve</c> composes it, on Kestrel at 127.0.0.1 with a free
/// port, reading a copy of the seed notes and talking to a <see cref="FakeSlackApi"/>.
/// </summary>
internal sealed class ConfBotService : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private readonly WebApplication _app;
    private readonly TestNotes _notes;

    private ConfBotService(WebApplication app, TestNotes notes, FakeSlackApi slack, Uri baseAddress)
    {
        _app = app;
        _notes = notes;
        Slack = slack;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public FakeSlackApi Slack { get; }

    public HttpClient Client { get; }

    public string NotesFolder => _notes.Folder;

    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Settings added to (or overriding) the test defaults.</param>
    /// <param name="logs">Receives every log entry from the start on, scopes included.</param>
    public static async Task<ConfBotService> StartAsync(
        string mode = "Http", IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var notes = new TestNotes();
        var app = ConfBotServer.Build(new ServeSettings("http://127.0.0.1:0", notes.Folder), new Dictionary<string, string?>
        {
            ["ConfBot:Slack:Mode"] = mode,
            ["ConfBot:Slack:SigningSecret"] = SigningSecret,
            ["ConfBot:Slack:BotToken"] = "xoxb-test-token",
            ["ConfBot:Slack:AppToken"] = "xapp-test-token",
            ["ConfBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["ConfBot:Slack:ApiRetryBaseDelay"] = "00:00:00.010",
            ["ConfBot:Slack:SocketReconnectBaseDelay"] = "00:00:00.050",
            ["ConfBot:Slack:SocketReconnectMaxDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        }.Concat(settings ?? new Dictionary<string, string?>()).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        if (logs is not null)
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ConfBotService(app, notes, slack, new Uri(address + "/"));
    }

    /// <summary>POSTs a body signed the way Slack signs it (computed here, independently of the service).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, Action<HttpRequestMessage>? headers = null, string secret = SigningSecret)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        headers?.Invoke(request);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, Action<HttpRequestMessage>? headers = null) =>
        PostSignedAsync("slack/events", json, "application/json", headers);

    public Task<HttpResponseMessage> PostCommandAsync(string form) =>
        PostSignedAsync("slack/commands", form, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(string json) =>
        PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(json), "application/x-www-form-urlencoded");

    /// <summary>Stops the service the way SIGTERM does; returns once the host has shut down.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
        _notes.Dispose();
    }
}
