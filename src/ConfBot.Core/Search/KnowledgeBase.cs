using ConfBot.Core.Notes;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Search;

/// <summary>
/// Owns the current <see cref="TalkIndex"/> snapshot. The reference is swapped atomically, and old
/// snapshots are left to the garbage collector rather than disposed, because a search may still be
/// running on one (an in-memory index holds no file handles).
/// </summary>
internal sealed class KnowledgeBase(
    INotesLoader loader,
    IOptions<SearchOptions> options,
    TimeProvider time,
    ILogger<KnowledgeBase> logger) : IKnowledgeBase
{
    private readonly Lock _rebuilding = new();
    private volatile Snapshot _current = new(TalkCatalog.Empty, TalkIndex.Empty);
    private NotesWatcher? _watcher;

    public TalkCatalog Catalog => _current.Catalog;

    public event EventHandler<TalkCatalog>? Reloaded;

    public SearchResults Search(string question, int top) => _current.Index.Search(question, top);

    public TalkCatalog Load(string notesDirectory)
    {
        lock (_rebuilding)
        {
            var catalog = loader.Load(notesDirectory);
            foreach (var warning in catalog.Warnings)
                logger.LogWarning("Skipped part of a note: {Warning}", warning);
            Publish(catalog);
            logger.LogInformation("Indexed {Talks} talks from {Directory}", catalog.Talks.Count, notesDirectory);
            return catalog;
        }
    }

    public void Publish(TalkCatalog catalog)
    {
        _current = new Snapshot(catalog, TalkIndex.Build(catalog.Talks, options.Value));
        Reloaded?.Invoke(this, catalog);
    }

    public void StartWatching(string notesDirectory)
    {
        StopWatching();
        Load(notesDirectory);
        _watcher = new NotesWatcher(notesDirectory, options.Value.ReloadDebounce, time, () => Reload(notesDirectory));
    }

    public void StopWatching()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    public void Dispose() => StopWatching();

    /// <summary>A rebuild that fails for any reason keeps the previous snapshot serving.</summary>
    private void Reload(string notesDirectory)
    {
        try
        {
            Load(notesDirectory);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Rebuilding the index from {Directory} failed; still serving the previous notes", notesDirectory);
        }
    }

    private sealed record Snapshot(TalkCatalog Catalog, TalkIndex Index);
}
