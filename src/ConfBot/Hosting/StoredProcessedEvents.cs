using ConfBot.Core.State;
using ConfBot.Slack.Dispatch;

namespace ConfBot.Hosting;

/// <summary>
/// The Slack adapter's dedupe memory kept in ConfBot's database, so a retried event is dropped by every replica and
/// after a restart. Expired ids are purged now and then by whichever replica notices first; the delete is idempotent.
/// </summary>
internal sealed class StoredProcessedEvents(IProcessedEventLog log, TimeProvider time) : IProcessedEventStore
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    private long _nextPurgeTicks;

    public async ValueTask<bool> TryMarkProcessedAsync(string key, TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = Interlocked.Read(ref _nextPurgeTicks);
        // One caller per interval wins the exchange and purges; the rest go straight on.
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeInterval).UtcTicks, due) == due)
            await log.PurgeExpiredAsync(now, cancellationToken);
        return await log.TryRecordAsync(key, retention, now, cancellationToken);
    }
}
