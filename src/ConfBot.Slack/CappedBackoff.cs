namespace ConfBot.Slack;

/// <summary>Waits that double from a base up to a ceiling, for loops that keep trying a Slack that is away.</summary>
internal static class CappedBackoff
{
    /// <param name="attempt">1 for the wait before the first retry.</param>
    public static TimeSpan Delay(TimeSpan baseDelay, TimeSpan max, int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, max.Ticks));
    }
}
