namespace ConfBot.Slack.SocketMode;

/// <summary>
/// How long to wait before the next Socket Mode connection, for every way a connection ends. Only a refresh of a
/// connection that had been up a while reconnects at once; a refresh, drop or failure soon after connecting counts
/// as one more failure, so a Slack that keeps sending <c>disconnect</c> (or refusing) is met with waits that double
/// up to the ceiling. Each wait is jittered (half fixed, half random) so replicas do not reconnect in step.
/// <c>apps.connections.open</c> is a Tier 1 method: about one call a minute is what Slack expects.
/// </summary>
internal sealed class SocketModeReconnects(TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
{
    /// <summary>A connection up this long was healthy: how it ends starts the count of failures again.</summary>
    public static readonly TimeSpan Healthy = TimeSpan.FromMinutes(1);

    private int _failures;

    /// <param name="connectedFor">How long the connection was up after Slack's <c>hello</c>; zero when it never was.</param>
    public TimeSpan Next(SocketModeSessionEnd end, TimeSpan connectedFor)
    {
        if (connectedFor >= Healthy)
            _failures = 0;
        _failures++;
        // The first refresh is free: Slack asks for one every few hours of a healthy connection.
        if (end == SocketModeSessionEnd.Refresh && _failures == 1)
            return TimeSpan.Zero;
        var ceiling = CappedBackoff.Delay(baseDelay, maxDelay, end == SocketModeSessionEnd.Refresh ? _failures - 1 : _failures);
        return ceiling / 2 + ceiling / 2 * random();
    }
}
