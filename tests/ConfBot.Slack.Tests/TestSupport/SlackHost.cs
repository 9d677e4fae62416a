using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Http;
using ConfBot.Slack.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// The adapter as a host would run it: a real Kestrel app on loopback with <c>AddSlack</c>, recording handlers
/// and <c>MapSlackEndpoints</c>, talking to a <see cref="FakeSlack"/>.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackHost(WebApplication app, FakeSlack slack, Uri baseAddress)
    {
        _app = app;
        Slack = slack;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public FakeSlack Slack { get; }

    public HttpClient Client { get; }

    public HandlerLog Log => _app.Services.GetRequiredService<HandlerLog>();

    public CommandScript Commands => _app.Services.GetRequiredService<CommandScript>();

    public SubmissionScript Submissions => _app.Services.GetRequiredService<SubmissionScript>();

    public FinishedWork Work => _app.Services.GetRequiredService<FinishedWork>();

    public IServiceProvider Services => _app.Services;

    public static async Task<SlackHost> StartAsync(Action<SlackOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var slack = await FakeSlack.StartAsync();
        var builder = LoopbackServer.CreateBuilder();
        builder.Services.AddSingleton<HandlerLog>();
        builder.Services.AddSingleton<CommandScript>();
        builder.Services.AddSingleton<SubmissionScript>();
        services?.Invoke(builder.Services);
        builder.Services.AddSlack(builder.Configuration, TestOptions.Valid(slack.ApiBaseUrl, configure))
            .AddSlashCommandHandler<ScriptedCommandHandler>()
            .AddEventHandler<MessageEvent, RecordingEventHandler<MessageEvent>>()
            .AddEventHandler<AppMention, RecordingEventHandler<AppMention>>()
            .AddEventHandler<AppHomeOpened, RecordingEventHandler<AppHomeOpened>>()
            .AddBlockActionHandler<RecordingBlockActionHandler>(RecordingBlockActionHandler.ActionId)
            .AddShortcutHandler<RecordingCallbackHandler>(InteractionPayloads.ShortcutId)
            .AddMessageShortcutHandler<RecordingCallbackHandler>(InteractionPayloads.ShortcutId)
            .AddViewClosedHandler<RecordingCallbackHandler>(InteractionPayloads.ViewCallbackId)
            .AddViewSubmissionHandler<ScriptedViewSubmissionHandler>(InteractionPayloads.ViewCallbackId);
        // After AddSlack, so it hears of each item last, once the adapter's own observers (metrics) have.
        builder.Services.AddSingleton<FinishedWork>();
        builder.Services.AddSingleton<ISlackWorkObserver>(sp => sp.GetRequiredService<FinishedWork>());
        var app = builder.Build();
        app.MapSlackEndpoints();
        return new SlackHost(app, slack, await LoopbackServer.StartAsync(app));
    }

    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, long? timestamp = null, string? signature = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signature ?? SlackSigner.Sign(body, ts));
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
