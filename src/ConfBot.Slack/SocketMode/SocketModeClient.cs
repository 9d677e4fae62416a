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
    SocketModeDialer dialer,
    SocketModeEnvelopeHandler envelopes,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger)
    : BackgroundService, ISocketModeStatus
{
    // Slack's answers to apps.connections.open that mean the app token will never work as it is.
    private static readonly HashSet<string> TokenRefusals = ["invalid_auth", "not_authed", "token_revoked", "account_inactive", "not_allowed_token_type"];

    private const string LinkDisabled = "link_disabled";

    private readonly SocketModeAcks _acks = new();
    private volatile SocketModeState _state = SocketModeState.Disconnected;
    private long _helloAt;

    public SocketModeState State => _state;

    public string? StoppedBecause { get; private set; }

    private long? _failingSince;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnects = new SocketModeReconnects(options.Value.SocketReconnectBaseDelay, options.Value.SocketReconnectMaxDelay, Random.Shared.NextDouble);
        SocketModeConnection? opened = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketModeSessionEnd end;
            TimeSpan? wait = null;
            try
            {
                var ahead = opened;
                opened = null;
                (end, opened, wait) = await RunSessionAsync(ahead, reconnects, stoppingToken);
                if (opened is not null)
                    continue;
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
                // An outage fails every attempt the same way: the first says so, the rest (with their stack traces)
                // are for debugging; a hello ends the episode.
                if (_failingSince is null)
                    LogSessionFailed(SlackApiFailure.Describe(ex));
                else
                    LogStillFailing(ex);
                _failingSince ??= time.GetTimestamp();
                end = SocketModeSessionEnd.Failed;
            }

            if (end == SocketModeSessionEnd.Disabled)
            {
                LogStopped(StoppedBecause);
                SetState(SocketModeState.Disabled);
                return;
            }

            var delay = wait ?? reconnects.Next(end, ConnectedFor);
            SetState(SocketModeState.Reconnecting);
            if (end != SocketModeSessionEnd.Failed)
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

    private TimeSpan ConnectedFor => _helloAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(_helloAt);

    /// <summary>Runs one connection (<paramref name="opened"/> ahead of time by a refresh, else opened here) until it ends.</summary>
    /// <returns>How it ended; the next connection when a refresh opened it before this one closed, else the wait when a refresh decided it.</returns>
    private async Task<(SocketModeSessionEnd End, SocketModeConnection? Next, TimeSpan? Wait)> RunSessionAsync(
        SocketModeConnection? opened, SocketModeReconnects reconnects, CancellationToken stoppingToken)
    {
        if (opened is null)
            SetState(SocketModeState.Connecting);
        using var connection = opened ?? await OpenAsync(stoppingToken);
        _acks.Current = connection;
        _helloAt = 0;

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
                        if (_failingSince is { } since)
                        {
                            var failedFor = time.GetElapsedTime(since);
                            LogRecovered(failedFor);
                        }

                        _failingSince = null;
                        SetState(SocketModeState.Connected);
                        LogHello(frame.NumConnections);
                        break;
                    case SocketModeFrame.Disconnect when frame.Reason == LinkDisabled:
                        StoppedBecause = "Slack disabled Socket Mode for this app (link_disabled); turn it on again in the app's settings";
                        await connection.CloseAsync();
                        return (SocketModeSessionEnd.Disabled, null, null);
                    case SocketModeFrame.Disconnect:
                        var (next, wait) = await RefreshAsync(connection, frame.Reason, reconnects, stoppingToken);
                        return (SocketModeSessionEnd.Refresh, next, wait);
                    default:
                        _ = AckAsync(frame, stoppingToken);
                        break;
                }
            }

            LogSocketClosed(connection.CloseStatus);
        }
        catch (WebSocketException ex) when (greeted)
        {
            LogSocketBroken(ex);
        }

        return (greeted ? SocketModeSessionEnd.Dropped : SocketModeSessionEnd.Failed, null, null);
    }

    /// <summary>
    /// A healthy connection's refresh opens the next one before this one closes, so no envelope waits for a
    /// connection and acks still pending go on the new one; refreshes too close together wait as for a failure.
    /// </summary>
    private async Task<(SocketModeConnection? Next, TimeSpan? Wait)> RefreshAsync(
        SocketModeConnection connection, string? reason, SocketModeReconnects reconnects, CancellationToken stoppingToken)
    {
        var wait = reconnects.Next(SocketModeSessionEnd.Refresh, ConnectedFor);
        SocketModeConnection? next = null;
        if (wait == TimeSpan.Zero)
        {
            LogHandover(reason);
            next = await OpenAsync(stoppingToken);
            _acks.Current = next;
        }
        else
        {
            LogDisconnectRequested(reason);
        }
        await connection.CloseAsync();
        return (next, next is null ? wait : null);
    }

    private async Task<SocketModeConnection> OpenAsync(CancellationToken stoppingToken)
    {
        var url = await dialer.OpenUrlAsync(stoppingToken);
        var connection = await SocketModeConnection.OpenAsync(url, options.Value.SocketSilenceTimeout, stoppingToken);
        LogSocketOpened(url.Host);
        return connection;
    }


    /// <summary>Runs beside the receive loop so a slow slash command never holds up other envelopes.</summary>
    private async Task AckAsync(SocketModeFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            if (await envelopes.HandleAsync(frame, cancellationToken) is { } ack)
                await _acks.SendAsync(ack, cancellationToken);
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
}
