namespace ConfBot.Core.Notes.Written;

internal sealed class WrittenNoteFeed(IWrittenNoteStore store) : IWrittenNoteFeed, IDisposable
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private volatile IReadOnlyList<WrittenNote> _notes = [];
    private long? _version;

    public IReadOnlyList<WrittenNote> Notes => _notes;

    public event EventHandler? Changed;

    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        // One refresh at a time, so a slower one never replaces newer notes and Changed is raised in order.
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // The version is read before the notes: a change in between makes the next refresh read them again,
            // never leaves it believing stale notes are current.
            var version = await store.GetVersionAsync(cancellationToken);
            if (version == _version)
                return false;
            var notes = await store.ListAsync(null, cancellationToken);
            var first = _version is null;
            (_notes, _version) = (notes, version);
            // The first read of a store that holds no notes changes nothing the index has: no rebuild for it (one at
            // start raced the folder's first load, and every replica rebuilt its index for nothing).
            if (first && notes.Count == 0)
                return false;
            Changed?.Invoke(this, EventArgs.Empty);
            return true;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();
}
