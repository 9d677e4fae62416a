using System.Net.WebSockets;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection open for the life of the host: opens a URL with the app token, acks every
/// envelope, and reconnects when Slack sends <c>disconnect</c> or the socket breaks or cannot be opened, waiting as
/// <see cref="SocketModeReconnects"/> says. It stops only when Slack disables Socket Mode for the app
/// (<c>link_disabled</c>) or refuses the app token: retrying cannot fix either, and readiness then names the cause.
/// </summary>
internal sealed partial class SocketModeClient(
    SlackApiTransport api,
    SocketModeEnvelopeHandler envelopes,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
    : BackgroundService, ISocketModeStatus
{
    // Slack's answers to apps.connections.open that mean the app token will never work as it is.
    private static readonly HashSet<string> TokenRefusals = ["invalid_auth", "not_authed", "token_revoked", "account_inactive", "not_allowed_token_type"];

    private const string LinkDisabled = "link_disabled";

    private volatile SocketModeState _state = SocketModeState.Disconnected;
    private long _helloAt;

    public SocketModeState State => _state;

    public string? StoppedBecause { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnects = new SocketModeReconnects(options.Value.SocketReconnectBaseDelay, options.Value.SocketReconnectMaxDelay, Random.Shared.NextDouble);
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketModeSessionEnd end;
            _helloAt = 0;
            try
            {
                end = await RunSessionAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (SlackApiException refused) when (TokenRefusals.Contains(refused.Error))
            {
                StoppedBecause = $"Slack refused ConfBot:Slack:AppToken ({refused.Error}); check the app-level token";
                end = SocketModeSessionEnd.Disabled;
            }
            catch (Exception ex)
            {
                LogSessionFailed(ex);
                end = SocketModeSessionEnd.Failed;
            }

            if (end == SocketModeSessionEnd.Disabled)
            {
                LogStopped(StoppedBecause);
                SetState(SocketModeState.Disabled);
                return;
            }

            var connectedFor = _helloAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(_helloAt);
            var delay = reconnects.Next(end, connectedFor);
            SetState(SocketModeState.Reconnecting);
            LogBackoff(delay, end);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        SetState(SocketModeState.Disconnected);
    }

    private async Task<SocketModeSessionEnd> RunSessionAsync(CancellationToken stoppingToken)
    {
        SetState(SocketModeState.Connecting);
        var url = await OpenUrlAsync(stoppingToken);
        using var connection = await SocketModeConnection.OpenAsync(url, options.Value.SocketSilenceTimeout, stoppingToken);
        LogSocketOpened(url.Host);

        var greeted = false;
        try
        {
            while (await connection.ReceiveAsync(stoppingToken) is { } text)
            {
                var frame = SlackJson.TryDeserialize(text, SlackJsonContext.Default.SocketModeFrame);
                switch (frame?.Type)
                {
                    case null:
                        LogMalformedFrame();
                        break;
                    case SocketModeFrame.Hello:
                        greeted = true;
                        _helloAt = time.GetTimestamp();
                        SetState(SocketModeState.Connected);
                        LogHello(frame.NumConnections);
                        break;
                    case SocketModeFrame.Disconnect when frame.Reason == LinkDisabled:
                        StoppedBecause = "Slack disabled Socket Mode for this app (link_disabled); turn it on again in the app's settings";
                        await connection.CloseAsync();
                        return SocketModeSessionEnd.Disabled;
                    case SocketModeFrame.Disconnect:
                        LogDisconnectRequested(frame.Reason);
                        await connection.CloseAsync();
                        return SocketModeSessionEnd.Refresh;
                    default:
                        _ = AckAsync(connection, frame, stoppingToken);
                        break;
                }
            }

            LogSocketClosed(connection.CloseStatus);
        }
        catch (WebSocketException ex) when (greeted)
        {
            LogSocketBroken(ex);
        }

        return greeted ? SocketModeSessionEnd.Dropped : SocketModeSessionEnd.Failed;
    }

    private async Task<Uri> OpenUrlAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.AppToken ?? throw new InvalidOperationException("Slack app token is not configured.");
        var reply = await api.CallAsync("apps.connections.open", token, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);
        return Uri.TryCreate(reply.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_response");
    }

    /// <summary>Runs beside the receive loop so a slow slash command never holds up other envelopes.</summary>
    private async Task AckAsync(SocketModeConnection connection, SocketModeFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            if (await envelopes.HandleAsync(frame, cancellationToken) is { } ack)
                await connection.SendAsync(ack, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogAckFailed(ex, frame.Type, frame.EnvelopeId);
        }
    }

    private void SetState(SocketModeState state)
    {
        var previous = _state;
        _state = state;
        if (previous != state)
            LogState(previous, state);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode {Previous} -> {State}")]
    private partial void LogState(SocketModeState previous, SocketModeState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection attempt failed")]
    private partial void LogSessionFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode reconnecting in {Delay} (the connection ended: {End})")]
    private partial void LogBackoff(TimeSpan delay, SocketModeSessionEnd end);

    [LoggerMessage(Level = LogLevel.Error, Message = "Socket Mode stopped: {Reason}. ConfBot stays up but gets no events until restarted")]
    private partial void LogStopped(string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode socket opened to {Host}")]
    private partial void LogSocketOpened(string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode hello received; {Connections} connection(s) open for this app")]
    private partial void LogHello(int? connections);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack asked to disconnect ({Reason}); reconnecting")]
    private partial void LogDisconnectRequested(string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode socket closed by Slack ({Status})")]
    private partial void LogSocketClosed(WebSocketCloseStatus? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode socket broke")]
    private partial void LogSocketBroken(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring a malformed Socket Mode frame")]
    private partial void LogMalformedFrame();

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to handle or ack Socket Mode {Type} envelope {EnvelopeId}")]
    private partial void LogAckFailed(Exception exception, string type, string? envelopeId);
}
