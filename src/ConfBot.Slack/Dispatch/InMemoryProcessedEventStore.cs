using System.Collections.Concurrent;

namespace ConfBot.Slack.Dispatch;

/// <summary>Per-process dedupe memory; expired keys are swept at most once a minute.</summary>
internal sealed class InMemoryProcessedEventStore(TimeProvider time) : IProcessedEventStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public ValueTask<bool> TryMarkProcessedAsync(string key, TimeSpan retention, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        SweepIfDue(now);
        var expiry = now + retention;
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
                return ValueTask.FromResult(true);
            if (_expiries.TryGetValue(key, out var existing))
            {
                if (existing > now)
                    return ValueTask.FromResult(false);
                if (_expiries.TryUpdate(key, expiry, existing))
                    return ValueTask.FromResult(true);
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        // A racing second sweep is harmless; it only repeats the work.
        if (now < _nextSweep)
            return;
        _nextSweep = now + SweepInterval;
        foreach (var entry in _expiries)
        {
            if (entry.Value <= now)
                _expiries.TryRemove(entry);
        }
    }
}
