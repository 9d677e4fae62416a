namespace ConfBot.Slack.SocketMode;

/// <summary>Where the Socket Mode connection stands.</summary>
public enum SocketModeState
{
    Disconnected,
    Connecting,

    /// <summary>Slack said <c>hello</c>: events will arrive.</summary>
    Connected,

    /// <summary>Waiting out a backoff before the next connection attempt.</summary>
    Reconnecting,

    /// <summary>Stopped for good: Slack disabled Socket Mode for the app, or refused the app token.</summary>
    Disabled,
}
