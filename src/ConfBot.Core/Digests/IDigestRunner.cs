using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>One tick of the digest scheduler: the host calls it every minute or so.</summary>
public interface IDigestRunner
{
    /// <summary>
    /// For every subscription whose latest occurrence is due now (by the injected <see cref="TimeProvider"/>): posts it when it is within the
    /// catch-up window and this runner wins the claim, records a skip when the window has closed, and records failures
    /// for a later retry. Safe to run on several replicas at once against one store.
    /// </summary>
    Task<IReadOnlyList<DigestRunResult>> RunDueAsync(TalkCatalog catalog, CancellationToken cancellationToken = default);

    /// <summary>
    /// Posts the digest for <paramref name="key"/> now, through the same claim as the scheduled post: a day's digest
    /// posted this way is not posted again at its scheduled time, and one already posted (or being posted) is not
    /// repeated. Null when the claim was refused or the catalog has no talks.
    /// </summary>
    Task<DigestRunResult?> PostNowAsync(DigestKey key, TalkCatalog catalog, CancellationToken cancellationToken = default);
}
