namespace ConfBot.Slack.SocketMode;

/// <summary>Connection state for readiness checks; registered only in <see cref="SlackMode.Socket"/>.</summary>
public interface ISocketModeStatus
{
    SocketModeState State { get; }

    /// <summary>Why the client stopped for good (<see cref="SocketModeState.Disabled"/>), for the operator.</summary>
    string? StoppedBecause { get; }
}
