using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>Expired ids are purged by the recording calls themselves, at most once per <see cref="PurgeInterval"/> per process.</summary>
internal sealed class SqlProcessedEventLog(SqlDatabase database) : IProcessedEventLog
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    private long _nextPurgeTicks = DateTimeOffset.MinValue.UtcTicks;

    public async Task<bool> TryRecordAsync(string key, TimeSpan retention, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await PurgeIfDueAsync(now, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // An expired record is taken over in the same statement, so a retry racing the purge is still recorded once.
        await using var command = connection.Command("""
            INSERT INTO processed_events (event_key, expires_at) VALUES (@key, @expires)
            ON CONFLICT (event_key) DO UPDATE SET expires_at = excluded.expires_at
            WHERE processed_events.expires_at <= @now
            """);
        var rows = await command
            .With("@key", key)
            .With("@expires", database.Time(now + retention))
            .With("@now", database.Time(now))
            .ExecuteNonQueryAsync(cancellationToken);
        return rows == 1;
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM processed_events WHERE expires_at <= @now");
        return await command.With("@now", database.Time(now)).ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task PurgeIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextPurgeTicks);
        // Only the caller that moves the mark purges; concurrent callers go straight on.
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeInterval).UtcTicks, due) != due)
            return;
        await PurgeExpiredAsync(now, cancellationToken);
    }
}
