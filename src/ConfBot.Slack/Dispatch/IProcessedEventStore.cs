namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Remembers which Slack deliveries were already handled, so a retried event is answered once.
/// Replace the in-memory default with a shared store when running several replicas.
/// </summary>
public interface IProcessedEventStore
{
    /// <summary>
    /// Atomically records <paramref name="key"/> for <paramref name="retention"/>; true if it was not
    /// already recorded (the caller should handle the event), false for a duplicate.
    /// </summary>
    ValueTask<bool> TryMarkProcessedAsync(string key, TimeSpan retention, CancellationToken cancellationToken);
}
