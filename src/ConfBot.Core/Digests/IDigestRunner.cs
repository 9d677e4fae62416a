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
}
