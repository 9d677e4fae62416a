using System.Net.WebSockets;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Sends each ack on the connection that is current when the ack is ready, not the one the envelope came on: a
/// slow handler may outlive its connection when Slack asks for a refresh. A send that fails because the connection
/// was replaced meanwhile is tried once more on the new one (Slack takes an app's acks on any of its connections).
/// </summary>
internal sealed class SocketModeAcks
{
    private volatile SocketModeConnection? _current;

    public SocketModeConnection? Current
    {
        get => _current;
        set => _current = value;
    }

    public async Task SendAsync(SocketModeAck ack, CancellationToken cancellationToken)
    {
        var connection = _current ?? throw new InvalidOperationException("No Socket Mode connection is open for the ack.");
        try
        {
            await connection.SendAsync(ack, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException
            && _current is { } replacement && !ReferenceEquals(replacement, connection))
        {
            await replacement.SendAsync(ack, cancellationToken);
        }
    }
}
