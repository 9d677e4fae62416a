namespace ConfBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended, which decides how soon to reconnect (<see cref="SocketModeReconnects"/>).</summary>
internal enum SocketModeSessionEnd
{
    /// <summary>Slack asked us to reconnect (<c>disconnect</c>: <c>refresh_requested</c>, <c>warning</c>).</summary>
    Refresh,

    /// <summary>A working connection closed or broke.</summary>
    Dropped,

    /// <summary>Could not get a working connection.</summary>
    Failed,

    /// <summary>Slack turned Socket Mode off for this app (<c>link_disabled</c>) or refused the app token: stop.</summary>
    Disabled,
}
