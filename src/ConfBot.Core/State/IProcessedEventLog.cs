namespace ConfBot.Core.State;

/// <summary>
/// Slack deliveries already handled, shared by every replica and kept across restarts, so a retried event is
/// answered once. Ids expire after their retention and are then cleaned up.
/// </summary>
public interface IProcessedEventLog
{
    /// <summary>
    /// Atomically records <paramref name="key"/> until <paramref name="now"/> + <paramref name="retention"/>; true when it
    /// was not recorded (or its record had expired), so the caller should handle the event; false for a duplicate.
    /// </summary>
    Task<bool> TryRecordAsync(string key, TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes the records expired at <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
