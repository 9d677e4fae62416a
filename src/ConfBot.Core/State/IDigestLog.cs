namespace ConfBot.Core.State;

/// <summary>
/// The log of digests, shared by every runner: a digest is claimed before it is posted, so several replicas
/// (or a restarted one) post each (channel, local date) digest once.
/// </summary>
public interface IDigestLog
{
    /// <summary>
    /// Claims the digest for <paramref name="claimant"/>: atomically, when it has no row yet, or its claim is older
    /// than the lease, or it failed long enough ago — in the last two cases only below the attempt limit.
    /// Null when it is posted, skipped, held by a live claim, waiting for a retry or given up.
    /// </summary>
    Task<DigestClaim?> TryClaimAsync(DigestKey key, string claimant, DateTimeOffset now, DigestClaimPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Marks the claimed digest posted, showing <paramref name="talkId"/>; false when the claim was taken over meanwhile.</summary>
    Task<bool> MarkPostedAsync(DigestClaim claim, string talkId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the claimed attempt failed with <paramref name="error"/>; false when the claim was taken over meanwhile.</summary>
    Task<bool> MarkFailedAsync(DigestClaim claim, string error, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records that the digest was missed; true only for the first caller, so the skip is logged once.</summary>
    Task<bool> TryMarkSkippedAsync(DigestKey key, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<DigestLogEntry?> GetAsync(DigestKey key, CancellationToken cancellationToken = default);

    /// <summary>The talks the channel's posted digests showed, and when it last got one.</summary>
    Task<DigestHistory> GetHistoryAsync(string channelId, CancellationToken cancellationToken = default);
}
