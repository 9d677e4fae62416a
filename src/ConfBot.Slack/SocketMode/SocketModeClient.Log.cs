using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.SocketMode;

/// <summary>What <see cref="SocketModeClient"/> logs.</summary>
internal sealed partial class SocketModeClient
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode {Previous} -> {State}")]
    private partial void LogState(SocketModeState previous, SocketModeState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode cannot connect ({Failure}); retrying with backoff")]
    private partial void LogSessionFailed(string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection attempt failed again")]
    private partial void LogStillFailing(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connected again after failing for {Duration}")]
    private partial void LogRecovered(TimeSpan duration);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection opened before the old one closes (Slack asked to refresh: {Reason})")]
    private partial void LogHandover(string? reason);
}
