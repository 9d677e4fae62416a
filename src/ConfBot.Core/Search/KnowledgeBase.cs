using ConfBot.Core.Diagnostics;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search.Semantic;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Search;

/// <summary>
/// Owns the current snapshot. The reference is swapped atomically, and old snapshots are left to the
/// garbage collector rather than disposed, because a search may still be running on one (an in-memory
/// index holds no file handles). A new catalog is searchable by words at once; its vectors are worked out
/// in the background and the same catalog is swapped in again with meaning added, unless a newer one came first.
/// </summary>
internal sealed partial class KnowledgeBase : IKnowledgeBase
{
    private readonly INotesLoader _loader;
    private readonly SearchOptions _options;
    private readonly TalkEmbedding? _embedding;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly Lock _rebuilding = new();
    private volatile Snapshot _current;
    private CancellationTokenSource _embeddingCancel = new();
    private Task _adding = Task.CompletedTask;
    private NotesWatcher? _watcher;
    private readonly IWrittenNoteFeed? _written;
    private volatile string? _directory;
    private readonly IProgress<WorkProgress>? _progress;

    /// <param name="written">Written notes indexed with the folder's; each change to them rebuilds the index of the folder last loaded.</param>
    /// <param name="progress">Told when indexing starts and ends, and how far embedding has got.</param>
    public KnowledgeBase(
        INotesLoader loader, IOptions<SearchOptions> options, TimeProvider time, ILogger<KnowledgeBase> logger, TalkEmbedding? embedding = null,
        IWrittenNoteFeed? written = null, IProgress<WorkProgress>? progress = null)
    {
        _progress = progress;
        _loader = loader;
        _options = options.Value;
        _embedding = _options.Semantic ? embedding : null;
        _time = time;
        _logger = logger;
        // Before the first load nothing is searched: building an empty index here only delayed the start.
        _current = new Snapshot(TalkCatalog.Empty, null, NoTalks.Instance, Completed());
        _written = written;
        if (written is not null)
            written.Changed += OnWrittenChanged;
    }

    public TalkCatalog Catalog => _current.Catalog;

    public event EventHandler<TalkCatalog>? Reloaded;

    public Task Embedded => _current.Embedded.Task;

    public bool SearchesMeaning => _current.Search is HybridSearch;

    public SearchResults Search(SearchQuery query, int top) => _current.Search.Search(query, top);

    public TalkCatalog Load(string notesDirectory)
    {
        lock (_rebuilding)
        {
            // The model loads on the other core while notes are read; the first question or embedding needs it.
            _embedding?.Prepare();
            // The loader has logged what it could not read; logging it here again printed every warning twice.
            var catalog = _loader.Load(notesDirectory, _written?.Notes ?? []);
            _directory = notesDirectory;
            Publish(catalog);
            LogIndexed(catalog.Talks.Count, notesDirectory);
            return catalog;
        }
    }

    public void Publish(TalkCatalog catalog)
    {
        // The index is built in one call, so its progress is its start and its end.
        _progress?.Report(new WorkProgress(WorkStage.Indexing, 0, catalog.Talks.Count));
        var snapshot = Snapshot.ByWords(catalog, TalkIndex.Build(catalog.Talks, _options), _embedding is null);
        _progress?.Report(new WorkProgress(WorkStage.Indexing, catalog.Talks.Count, catalog.Talks.Count));
        var cancel = new CancellationTokenSource();
        Interlocked.Exchange(ref _embeddingCancel, cancel).Cancel();
        _current = snapshot;
        Reloaded?.Invoke(this, catalog);
        // One embedding run at a time: the one before was just cancelled and ends after its current batch.
        if (_embedding is { } embedding)
            _adding = _adding.ContinueWith(_ => AddMeaning(snapshot, embedding, cancel.Token), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public void StartWatching(string notesDirectory)
    {
        StopWatching();
        Load(notesDirectory);
        _watcher = new NotesWatcher(notesDirectory, _options.ReloadDebounce, _time, () => Reload(notesDirectory));
    }

    public void StopWatching()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    /// <summary>Stops embedding and waits for the batch in progress: the model must not be freed under a running batch.</summary>
    public void Dispose()
    {
        if (_written is not null)
            _written.Changed -= OnWrittenChanged;
        StopWatching();
        _embeddingCancel.Cancel();
        _adding.Wait();
    }

    private void AddMeaning(Snapshot words, TalkEmbedding embedding, CancellationToken cancellation)
    {
        try
        {
            var vectors = embedding.Build(words.Catalog.Talks, cancellation, missing =>
            {
                if (missing > 0)
                    LogEmbedding(missing, words.Catalog.Talks.Count);
            }, _progress);
            var hybrid = words with { Search = new HybridSearch(words.Index!, vectors, embedding.Embedder, _options) };
            // Only the snapshot these vectors belong to may be replaced: a newer catalog keeps its own.
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, hybrid, words), words))
                words.Embedded.TrySetResult();
            else
                words.Embedded.TrySetCanceled(cancellation);
        }
        catch (OperationCanceledException)
        {
            words.Embedded.TrySetCanceled(cancellation);
        }
        catch (Exception e)
        {
            LogEmbeddingFailed(e);
            words.Embedded.TrySetException(e);
        }
    }

    // Before the first load there is no folder to read them with; that load will include them.
    private void OnWrittenChanged(object? sender, EventArgs e)
    {
        if (_directory is { } directory)
            Reload(directory);
    }

    /// <summary>A rebuild that fails for any reason keeps the previous snapshot serving.</summary>
    private void Reload(string notesDirectory)
    {
        try
        {
            Load(notesDirectory);
        }
        catch (Exception e)
        {
            LogReloadFailed(e, notesDirectory);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        completed.SetResult();
        return completed;
    }

    /// <summary>What is searched before the first notes are indexed.</summary>
    private sealed class NoTalks : ITalkSearch
    {
        public static NoTalks Instance { get; } = new();

        public SearchResults Search(SearchQuery query, int top) => new(query, [], [], new Dictionary<string, string>(), []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Talks} talks from {Directory}")]
    private partial void LogIndexed(int talks, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding {Texts} new texts of {Talks} talks; answering by words until done")]
    private partial void LogEmbedding(int texts, int talks);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedding the notes failed; answering by words only")]
    private partial void LogEmbeddingFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the index from {Directory} failed; still serving the previous notes")]
    private partial void LogReloadFailed(Exception exception, string directory);

    /// <param name="Embedded">Completes when this catalog's meaning search is in place; at once when there is none to add.</param>
    private sealed record Snapshot(TalkCatalog Catalog, TalkIndex? Index, ITalkSearch Search, TaskCompletionSource Embedded)
    {
        public static Snapshot ByWords(TalkCatalog catalog, TalkIndex index, bool final)
        {
            var embedded = final ? Completed() : new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new Snapshot(catalog, index, index, embedded);
        }
    }
}
