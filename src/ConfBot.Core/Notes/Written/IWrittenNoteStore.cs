namespace ConfBot.Core.Notes.Written;

/// <summary>
/// Where written notes are kept, shared by every replica. Every add, edit and delete moves <see cref="GetVersionAsync"/>
/// on, so a replica can tell cheaply whether its copy is current.
/// </summary>
public interface IWrittenNoteStore
{
    /// <summary>Stores a new note; false, changing nothing, when a note with its id exists.</summary>
    Task<bool> AddAsync(WrittenNote note, CancellationToken cancellationToken = default);

    Task<WrittenNote?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a note's file name and content; the note as stored after it, or null when there is no such note.</summary>
    Task<WrittenNote?> UpdateContentAsync(string id, string fileName, string content, DateTimeOffset updated, CancellationToken cancellationToken = default);

    /// <summary>False when there was no such note.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every note, or one author's, oldest first.</summary>
    Task<IReadOnlyList<WrittenNote>> ListAsync(string? authorId = null, CancellationToken cancellationToken = default);

    /// <summary>A number that changes whenever any note is added, edited or deleted.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);
}
