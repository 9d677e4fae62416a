using ConfBot.Hosting;
using ConfBot.Slack.Dispatch;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The real service, composed exactly as <c>confbot serve</c> composes it, on Kestrel at 127.0.0.1 with a free
/// port, reading a copy of the seed notes and talking to a <see cref="FakeSlack"/>.
/// </summary>
internal sealed class ConfBotService : IAsyncDisposable
{
    public const string SigningSecret = SignedSlackRequest.SigningSecret;

    private readonly WebApplication _app;
    private readonly TestNotes _notes;

    private readonly bool _ownsSlack;

    private ConfBotService(WebApplication app, TestNotes notes, FakeSlack slack, Uri baseAddress, bool ownsSlack)
    {
        _app = app;
        _ownsSlack = ownsSlack;
        _notes = notes;
        Slack = slack;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public FakeSlack Slack { get; }

    public HttpClient Client { get; }

    public string NotesFolder => _notes.Folder;

    /// <summary>The service's SQLite state file.</summary>
    public string StateFile => _notes.StateFile;

    /// <param name="slack">A fake Slack to share with other services (or one started before); a new one otherwise, disposed with this service.</param>
    /// <param name="settings">Settings over the test defaults, e.g. <c>ConfBot:Storage:SqlitePath</c> to keep state across a restart.</param>
    /// <param name="clock">The service's clock (e.g. a <c>FakeTimeProvider</c>); requests are signed by it too, so they stay within the replay window.</param>
    /// <param name="logs">Receives every log entry from the start on, scopes included.</param>
    public static async Task<ConfBotService> StartAsync(
        string mode = "Http", FakeSlack? slack = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        ILoggerProvider? logs = null, Action<IServiceCollection>? overrides = null)
    {
        var ownsSlack = slack is null;
        slack ??= await FakeSlack.StartAsync();
        var notes = new TestNotes();
        var configuration = new Dictionary<string, string?>
        {
            // Each service its own state unless the test shares it: parallel tests reuse event ids and channels.
            ["ConfBot:Storage:SqlitePath"] = notes.StateFile,
            ["ConfBot:Slack:Mode"] = mode,
            ["ConfBot:Slack:SigningSecret"] = SigningSecret,
            ["ConfBot:Slack:BotToken"] = "xoxb-test-token",
            ["ConfBot:Slack:AppToken"] = "xapp-test-token",
            ["ConfBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["ConfBot:Slack:ApiRetryBaseDelay"] = "00:00:00.010",
            ["ConfBot:Slack:SocketReconnectBaseDelay"] = "00:00:00.050",
            ["ConfBot:Slack:SocketReconnectMaxDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            // Meaning is added in the background after the notes are read, which would race with scenarios that
            // check answers; the semantic scenarios turn it on and wait for it.
            ["ConfBot:Search:Semantic"] = "false",
            // The warm-up's path is the one every scenario takes anyway; a short one keeps hundreds of starts quick.
            ["ConfBot:WarmUp:Commands"] = "20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        var app = ConfBotServer.Build(new ServeSettings("http://127.0.0.1:0", notes.Folder), configuration, services =>
        {
            if (clock is not null)
                services.AddSingleton(clock);
            services.AddSingleton<FinishedWork>();
            services.AddSingleton<ISlackWorkObserver>(sp => sp.GetRequiredService<FinishedWork>());
            WatchedDigestRunner.Watch(services);
            overrides?.Invoke(services);
        });
        if (logs is not null)
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        await app.StartAsync();
        // The Slack listener; a metrics port of its own, when set, is the other address.
        var metricsPort = configuration.GetValueOrDefault("ConfBot:Metrics:Port");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single(a => metricsPort is null || !a.EndsWith($":{metricsPort}", StringComparison.Ordinal));
        return new ConfBotService(app, notes, slack, new Uri(address + "/"), ownsSlack) { Clock = clock ?? TimeProvider.System };
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Returns the next <paramref name="count"/> Slack work items (events, button clicks, late replies) to finish,
    /// however they ended: after it, anything those items were going to post has been posted.
    /// </summary>
    public Task<List<(string Work, SlackWorkOutcome Outcome)>> WaitForWorkAsync(int count) =>
        Services.GetRequiredService<FinishedWork>().NextAsync(count);

    /// <summary>Returns once the digest scheduler has finished a check at <paramref name="at"/> or later by the service's clock.</summary>
    public Task WaitForDigestCheckAsync(DateTimeOffset at) => Services.GetRequiredService<WatchedDigestRunner>().CheckedAsync(at);

    /// <summary>The clock requests are signed with: the service's own.</summary>
    public TimeProvider Clock { get; private init; } = TimeProvider.System;

    /// <summary>POSTs a body signed the way Slack signs it (computed here, independently of the service).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, Action<HttpRequestMessage>? headers = null, string secret = SigningSecret)
    {
        var request = SignedSlackRequest.Create(path, body, contentType, Clock.GetUtcNow(), secret);
        headers?.Invoke(request);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, Action<HttpRequestMessage>? headers = null) =>
        PostSignedAsync("slack/events", json, "application/json", headers);

    public Task<HttpResponseMessage> PostCommandAsync(string form) =>
        PostSignedAsync("slack/commands", form, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostInteractionAsync(string json) =>
        PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(json), "application/x-www-form-urlencoded");

    /// <summary>Types <c>/confbot {text}</c> in the command channel; the reply's JSON, from the ack or the response_url.</summary>
    public async Task<string> CommandReplyAsync(string text, string responseId)
    {
        var ack = await PostCommandAsync(SlackPayloads.SlashCommand(text, Slack.ResponseUrl(responseId)));
        return await SlashReplies.ReadAsync(ack, Slack, responseId);
    }

    /// <summary>Clicks a message button as <paramref name="user"/>; the redrawn message ConfBot sent to the response_url.</summary>
    public async Task<RecordedCall> ClickAsync(string actionId, string value, string responseId, string user = "W111")
    {
        var payload = Payloads.ButtonClick(actionId, value, Slack.ResponseUrl(responseId)).Replace("\"W111\"", $"\"{user}\"", StringComparison.Ordinal);
        var ack = await PostInteractionAsync(payload);
        Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        return await Slack.WaitForCallAsync($"response/{responseId}");
    }

    /// <summary>
    /// Stops the service the way SIGTERM does; returns once the host has shut down, which is after the Slack work it
    /// acked has finished: nothing it was going to post is still on its way.
    /// </summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsSlack)
            await Slack.DisposeAsync();
        _notes.Dispose();
    }
}
