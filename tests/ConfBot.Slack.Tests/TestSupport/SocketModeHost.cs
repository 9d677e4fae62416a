using ConfBot.Slack.Events;
using ConfBot.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>The adapter in Socket Mode as a running host, dialling a <see cref="FakeSlack"/>.</summary>
internal sealed class SocketModeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SocketModeHost(IHost host, FakeSlack slack, RecordedLogs logs)
    {
        _host = host;
        Slack = slack;
        Logs = logs;
    }

    public FakeSlack Slack { get; }

    /// <summary>What the client logged, at every level.</summary>
    public RecordedLogs Logs { get; }

    public HandlerLog Log => _host.Services.GetRequiredService<HandlerLog>();

    public SubmissionScript Submissions => _host.Services.GetRequiredService<SubmissionScript>();

    public CommandScript Commands => _host.Services.GetRequiredService<CommandScript>();

    public ISocketModeStatus Status => _host.Services.GetRequiredService<ISocketModeStatus>();

    public static async Task<SocketModeHost> StartAsync(Action<FakeSlack>? script = null, Action<SlackOptions>? configure = null)
    {
        var slack = await FakeSlack.StartAsync();
        script?.Invoke(slack);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var logs = new RecordedLogs();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<HandlerLog>();
        builder.Services.AddSingleton<CommandScript>();
        builder.Services.AddSingleton<SubmissionScript>();
        builder.Services.AddSlack(builder.Configuration, TestOptions.Valid(slack.ApiBaseUrl, o =>
        {
            o.Mode = SlackMode.Socket;
            configure?.Invoke(o);
        }))
            .AddSlashCommandHandler<ScriptedCommandHandler>()
            .AddEventHandler<AppMention, RecordingEventHandler<AppMention>>()
            .AddViewSubmissionHandler<ScriptedViewSubmissionHandler>(InteractionPayloads.ViewCallbackId);
        var host = builder.Build();
        await host.StartAsync();
        return new SocketModeHost(host, slack, logs);
    }

    public async Task<FakeSocket> NextSocketAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await Slack.Sockets.Reader.ReadAsync(timeout.Token);
    }

    public async Task WaitForStateAsync(SocketModeState state)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Status.State != state)
            await Task.Delay(10, timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Slack.DisposeAsync();
    }
}
