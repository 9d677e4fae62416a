namespace ConfBot.Core.Notes.Written;

/// <summary>
/// This replica's copy of the written notes, which the knowledge base indexes with the folder's. A change made here is
/// refreshed at once; changes made on other replicas arrive when the host's poll calls <see cref="RefreshAsync"/>.
/// </summary>
public interface IWrittenNoteFeed
{
    IReadOnlyList<WrittenNote> Notes { get; }

    /// <summary>Raised, on the refreshing thread, after <see cref="Notes"/> changed.</summary>
    event EventHandler? Changed;

    /// <summary>Reads the notes again if the store's version moved since the last read; true when they were read.</summary>
    Task<bool> RefreshAsync(CancellationToken cancellationToken = default);
}
