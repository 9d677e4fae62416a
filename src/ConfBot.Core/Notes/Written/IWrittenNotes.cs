namespace ConfBot.Core.Notes.Written;

/// <summary>
/// Notes written through the bot: added by anyone, read by the notes folder's rules and stored only when talks are
/// found in them, edited and deleted by their author or an admin (<see cref="NotesOptions.Admins"/>). A change is
/// answerable on this replica when the call returns. Expected refusals come back as results, never as exceptions.
/// </summary>
public interface IWrittenNotes
{
    /// <summary>Adds a note given as a file's bytes; <paramref name="fileName"/>'s extension picks the reader.</summary>
    Task<WrittenNoteResult> AddAsync(string authorId, WrittenNoteSource source, string fileName, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>Adds a note from the form; a draft with field errors is <see cref="WrittenNoteOutcome.Invalid"/>.</summary>
    Task<WrittenNoteResult> AddAsync(string authorId, WrittenNoteSource source, NoteDraft draft, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a draft as <see cref="AddAsync(string, WrittenNoteSource, NoteDraft, CancellationToken)"/> would and stores
    /// nothing: <see cref="WrittenNoteOutcome.Invalid"/>, <see cref="WrittenNoteOutcome.NoTalkFound"/> or
    /// <see cref="WrittenNoteOutcome.Unreadable"/> as the add would answer, else <see cref="WrittenNoteOutcome.Checked"/>
    /// with the talks found. Reads only this note, never the index, so it fits where an answer is due within a
    /// deadline (a modal's submission) that a whole re-index may not.
    /// </summary>
    WrittenNoteResult Check(NoteDraft draft);

    Task<WrittenNoteResult> EditAsync(string noteId, string userId, string fileName, byte[] content, CancellationToken cancellationToken = default);

    Task<WrittenNoteResult> EditAsync(string noteId, string userId, NoteDraft draft, CancellationToken cancellationToken = default);

    Task<WrittenNoteResult> DeleteAsync(string noteId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Every written note, or only <paramref name="authorId"/>'s, oldest first.</summary>
    Task<IReadOnlyList<WrittenNote>> ListAsync(string? authorId = null, CancellationToken cancellationToken = default);

    Task<WrittenNote?> GetAsync(string noteId, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="userId"/> may edit or delete <paramref name="note"/>: its author or an admin.</summary>
    bool MayChange(WrittenNote note, string userId);
}
