using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>Puts together what a digest says from the notes and the stores, without claiming or posting anything.</summary>
public interface IDigestBuilder
{
    /// <summary>
    /// The digest for <paramref name="key"/> as of <paramref name="now"/>, or null for an empty catalog. Records the
    /// first-seen time of talks not seen before, since that is when ConfBot first read them; nothing else is written.
    /// </summary>
    Task<Digest?> BuildAsync(DigestKey key, TalkCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken = default);
}
