namespace ConfBot.Slack;

/// <summary>How Slack reaches the app.</summary>
public enum SlackMode
{
    /// <summary>Slack POSTs signed requests to public HTTPS endpoints (see <c>MapSlackEndpoints</c>).</summary>
    Http,

    /// <summary>The app dials out to Slack over a WebSocket; no public endpoint needed.</summary>
    Socket,
}
