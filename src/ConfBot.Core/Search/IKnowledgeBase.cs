using ConfBot.Core.Talks;

namespace ConfBot.Core.Search;

/// <summary>
/// Holds the current index of the notes and keeps it up to date. Searches always see one complete
/// snapshot: a new one is built aside and swapped in whole, and a failed rebuild keeps the last good one.
/// </summary>
public interface IKnowledgeBase : ITalkSearch, IDisposable
{
    /// <summary>The talks of the current snapshot, and the warnings from reading them.</summary>
    TalkCatalog Catalog { get; }

    /// <summary>
    /// Completes when the current catalog can be searched by meaning as well as by words (at once when
    /// semantic search is off); cancelled when a newer catalog replaced it first, faulted when embedding failed.
    /// </summary>
    Task Embedded { get; }

    /// <summary>True once the current catalog is searched by meaning as well as by words.</summary>
    bool SearchesMeaning { get; }

    /// <summary>Raised on a background thread after a new snapshot has been swapped in.</summary>
    event EventHandler<TalkCatalog>? Reloaded;

    /// <summary>Reads the notes folder now and swaps the new snapshot in; throws if the folder cannot be read at all.</summary>
    TalkCatalog Load(string notesDirectory);

    /// <summary>Indexes the given talks now and swaps them in (for tests, benchmarks and other sources of talks).</summary>
    void Publish(TalkCatalog catalog);

    /// <summary>
    /// Loads the folder, then rebuilds in the background whenever a note is added, changed or removed,
    /// once the folder has been quiet for <see cref="SearchOptions.ReloadDebounce"/>.
    /// </summary>
    void StartWatching(string notesDirectory);

    void StopWatching();
}
