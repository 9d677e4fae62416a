using System.Globalization;
using System.Data.Common;
using ConfBot.Core.State;

namespace ConfBot.Storage.Sql.Stores;

/// <summary>
/// Each decision is one statement keyed on (channel_id, local_date), so it is atomic in both databases: the insert
/// or the conditional update of a conflicting row happens for exactly one contender.
/// </summary>
internal sealed class SqlDigestLog(SqlDatabase database) : IDigestLog
{
    public async Task<DigestClaim?> TryClaimAsync(DigestKey key, string claimant, DateTimeOffset now, DigestClaimPolicy policy, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO digest_log (channel_id, local_date, state, claimed_by, attempts, updated_at)
            VALUES (@channel, @date, 'claimed', @claimant, 1, @now)
            ON CONFLICT (channel_id, local_date) DO UPDATE SET
                state = 'claimed', claimed_by = excluded.claimed_by, attempts = digest_log.attempts + 1, updated_at = excluded.updated_at
            WHERE digest_log.attempts < @max_attempts
              AND ((digest_log.state = 'claimed' AND digest_log.updated_at <= @stale_before)
                OR (digest_log.state = 'failed' AND digest_log.updated_at <= @retry_before))
            RETURNING attempts
            """);
        var attempt = await WithKey(command, key)
            .With("@claimant", claimant)
            .With("@now", database.Time(now))
            .With("@max_attempts", policy.MaxAttempts)
            .With("@stale_before", database.Time(now - policy.Lease))
            .With("@retry_before", database.Time(now - policy.RetryDelay))
            .ExecuteScalarAsync(cancellationToken);
        return attempt is null ? null : new DigestClaim(key, claimant, Convert.ToInt32(attempt, CultureInfo.InvariantCulture));
    }

    public Task<bool> MarkPostedAsync(DigestClaim claim, string talkId, DateTimeOffset now, CancellationToken cancellationToken = default)
        => FinishAsync(claim, "posted", talkId, error: null, now, cancellationToken);

    public Task<bool> MarkFailedAsync(DigestClaim claim, string error, DateTimeOffset now, CancellationToken cancellationToken = default)
        => FinishAsync(claim, "failed", talkId: null, error, now, cancellationToken);

    private async Task<bool> FinishAsync(DigestClaim claim, string state, string? talkId, string? error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Only the claim's holder, on the attempt it claimed, may finish it: a runner whose lease ran out must not
        // overwrite the state of the runner that took over.
        await using var command = connection.Command("""
            UPDATE digest_log SET state = @state, talk_id = @talk, last_error = @error, updated_at = @now
            WHERE channel_id = @channel AND local_date = @date AND state = 'claimed' AND claimed_by = @claimant AND attempts = @attempt
            """);
        var rows = await WithKey(command, claim.Key)
            .With("@state", state)
            .With("@talk", talkId)
            .With("@error", error)
            .With("@now", database.Time(now))
            .With("@claimant", claim.Claimant)
            .With("@attempt", claim.Attempt)
            .ExecuteNonQueryAsync(cancellationToken);
        return rows == 1;
    }

    public async Task<bool> TryMarkSkippedAsync(DigestKey key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO digest_log (channel_id, local_date, state, attempts, updated_at)
            VALUES (@channel, @date, 'skipped', 0, @now)
            ON CONFLICT (channel_id, local_date) DO NOTHING
            """);
        return await WithKey(command, key).With("@now", database.Time(now)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<DigestLogEntry?> GetAsync(DigestKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT state, claimed_by, attempts, last_error, talk_id, updated_at FROM digest_log
            WHERE channel_id = @channel AND local_date = @date
            """);
        await using var reader = await WithKey(command, key).ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new DigestLogEntry(
            key,
            Enum.Parse<DigestLogState>(reader.GetString(0), ignoreCase: true),
            NullableString(reader, 1),
            reader.GetInt32(2),
            NullableString(reader, 3),
            NullableString(reader, 4),
            database.ReadTime(reader, 5));
    }

    public async Task<DigestHistory> GetHistoryAsync(string channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT talk_id, MAX(updated_at) FROM digest_log
            WHERE channel_id = @channel AND state = 'posted'
            GROUP BY talk_id
            """);
        await using var reader = await command.With("@channel", channelId).ExecuteReaderAsync(cancellationToken);
        var shown = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
            shown[reader.GetString(0)] = database.ReadTime(reader, 1);
        return shown.Count == 0 ? DigestHistory.None : new DigestHistory(shown, shown.Values.Max());
    }

    private static DbCommand WithKey(DbCommand command, DigestKey key) => command.With("@channel", key.ChannelId).With("@date", key.LocalDate);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
