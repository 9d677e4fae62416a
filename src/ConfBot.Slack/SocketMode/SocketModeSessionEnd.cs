namespace ConfBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended, which decides how soon to reconnect.</summary>
internal enum SocketModeSessionEnd
{
    /// <summary>Slack asked us to reconnect (<c>disconnect</c>): do so at once.</summary>
    Refresh,

    /// <summary>A working connection closed or broke: reconnect after the shortest backoff.</summary>
    Dropped,

    /// <summary>Could not get a working connection: back off further.</summary>
    Failed,
}
