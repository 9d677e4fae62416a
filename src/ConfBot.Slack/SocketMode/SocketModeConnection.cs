using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ConfBot.Slack.Serialization;

namespace ConfBot.Slack.SocketMode;

/// <summary>One open Socket Mode WebSocket: reads whole text frames, and serializes concurrent acks onto it.</summary>
internal sealed class SocketModeConnection(WebSocket socket) : IDisposable
{
    /// <summary>
    /// Opens the socket with a keep-alive: a PING every sixth of <paramref name="silence"/> that must be answered
    /// within the rest of it, else the socket is aborted and its reader fails. A connection Slack silently dropped
    /// is then noticed within <paramref name="silence"/>, as python-slack-sdk's ping and node-slack-sdk's timeout do.
    /// </summary>
    public static async Task<SocketModeConnection> OpenAsync(Uri url, TimeSpan silence, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = silence / 6;
        socket.Options.KeepAliveTimeout = silence - silence / 6;
        var connection = new SocketModeConnection(socket);
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Far above any Slack payload; a bigger frame means something is wrong with the peer.
    private const int MaxFrameBytes = 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    /// <summary>The next text frame, or null once the peer has closed the socket.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
                throw new InvalidDataException($"Socket Mode frame exceeds {MaxFrameBytes} bytes.");
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }

    public async Task SendAsync(SocketModeAck ack, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJsonContext.Default.SocketModeAck);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Best-effort polite close; the socket is abandoned either way.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone; nothing to tell the peer.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
