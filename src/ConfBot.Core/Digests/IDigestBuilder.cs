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
    /// <param name="today">
    /// The channel's day now, for a preview of another day: the digests until a later day are supposed posted one a
    /// day, so each later day shows the next talk of the rotation, and each earlier day the one before. Null for the
    /// digest due now.
    /// </param>
    Task<Digest?> BuildAsync(DigestKey key, TalkCatalog catalog, DateTimeOffset now, DateOnly? today = null, CancellationToken cancellationToken = default);
}
