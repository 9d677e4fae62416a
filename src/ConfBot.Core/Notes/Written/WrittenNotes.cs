using System.Text;
using ConfBot.Core.Notes.Reading;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Notes.Written;

internal sealed class WrittenNotes(IWrittenNoteStore store, IWrittenNoteFeed feed, NotesLoader loader, IOptions<NotesOptions> options, TimeProvider time)
    : IWrittenNotes
{
    public async Task<WrittenNoteResult> AddAsync(string authorId, WrittenNoteSource source, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var draft = new WrittenNote(Guid.CreateVersion7(now).ToString("N"), authorId, now, now, source, SafeName(fileName), "");
        var (note, talks, refusal) = Read(draft, content);
        if (refusal is not null)
            return refusal;
        await store.AddAsync(note!, cancellationToken);
        await feed.RefreshAsync(cancellationToken);
        return WrittenNoteResult.Done(WrittenNoteOutcome.Added, note!, talks);
    }

    public Task<WrittenNoteResult> AddAsync(string authorId, WrittenNoteSource source, NoteDraft draft, CancellationToken cancellationToken = default) =>
        draft.Validate() is { Count: > 0 } errors
            ? Task.FromResult(WrittenNoteResult.Invalid(errors))
            : AddAsync(authorId, source, NoteDraftMarkdown.FileName, Markdown(draft), cancellationToken);

    public WrittenNoteResult Check(NoteDraft draft)
    {
        if (draft.Validate() is { Count: > 0 } errors)
            return WrittenNoteResult.Invalid(errors);
        var now = time.GetUtcNow();
        var probe = new WrittenNote("check", "", now, now, new WrittenNoteSource(WrittenNoteSourceKind.Modal), NoteDraftMarkdown.FileName, "");
        var (note, talks, refusal) = Read(probe, Markdown(draft));
        return refusal ?? WrittenNoteResult.Done(WrittenNoteOutcome.Checked, note!, talks);
    }

    public async Task<WrittenNoteResult> EditAsync(string noteId, string userId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var (existing, denied) = await ChangeableAsync(noteId, userId, cancellationToken);
        if (denied is not null)
            return denied;
        var (note, talks, refusal) = Read(existing! with { FileName = SafeName(fileName) }, content);
        if (refusal is not null)
            return refusal;
        var stored = await store.UpdateContentAsync(noteId, note!.FileName, note.Content, time.GetUtcNow(), cancellationToken);
        if (stored is null)
            return NotFound(noteId);
        await feed.RefreshAsync(cancellationToken);
        return WrittenNoteResult.Done(WrittenNoteOutcome.Edited, stored, talks);
    }

    public Task<WrittenNoteResult> EditAsync(string noteId, string userId, NoteDraft draft, CancellationToken cancellationToken = default) =>
        draft.Validate() is { Count: > 0 } errors
            ? Task.FromResult(WrittenNoteResult.Invalid(errors))
            : EditAsync(noteId, userId, NoteDraftMarkdown.FileName, Markdown(draft), cancellationToken);

    public async Task<WrittenNoteResult> DeleteAsync(string noteId, string userId, CancellationToken cancellationToken = default)
    {
        var (existing, refusal) = await ChangeableAsync(noteId, userId, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (!await store.DeleteAsync(noteId, cancellationToken))
            return NotFound(noteId);
        await feed.RefreshAsync(cancellationToken);
        return WrittenNoteResult.Done(WrittenNoteOutcome.Deleted, existing!, []);
    }

    public Task<IReadOnlyList<WrittenNote>> ListAsync(string? authorId = null, CancellationToken cancellationToken = default) =>
        store.ListAsync(authorId, cancellationToken);

    public Task<WrittenNote?> GetAsync(string noteId, CancellationToken cancellationToken = default) => store.GetAsync(noteId, cancellationToken);

    public bool MayChange(WrittenNote note, string userId) =>
        note.AuthorId == userId || options.Value.Admins.Contains(userId, StringComparer.Ordinal);

    private async Task<(WrittenNote? Note, WrittenNoteResult? Refusal)> ChangeableAsync(string noteId, string userId, CancellationToken cancellationToken)
    {
        var note = await store.GetAsync(noteId, cancellationToken);
        if (note is null)
            return (null, NotFound(noteId));
        return MayChange(note, userId)
            ? (note, null)
            : (note, WrittenNoteResult.Failed(WrittenNoteOutcome.Refused, "Only the note's author or an admin can change it.", note));
    }

    /// <summary>
    /// Reads the content as a note in the notes folder is read, with the same size limit: only a note in which talks
    /// are found is worth storing, and the person hears why nothing was found in the folder's own words.
    /// </summary>
    private (WrittenNote? Note, IReadOnlyList<string> Talks, WrittenNoteResult? Refusal) Read(WrittenNote note, byte[] content)
    {
        if (!NoteFormats.IsText(note.FileName))
            return (null, [], WrittenNoteResult.Failed(WrittenNoteOutcome.Unreadable,
                $"{Path.GetExtension(note.FileName).ToLowerInvariant()} is not a notes format read here: send Markdown (.md), text (.txt) or HTML (.html)"));
        var (writeUps, outcome) = loader.ReadContent(note.ReadingPath, content);
        return outcome.Kind switch
        {
            NoteOutcomeKind.Skipped => (null, [], WrittenNoteResult.Failed(WrittenNoteOutcome.Unreadable, outcome.Reason!)),
            NoteOutcomeKind.NoTalkFound => (null, [], WrittenNoteResult.Failed(WrittenNoteOutcome.NoTalkFound, $"read, no talk found ({outcome.Reason})")),
            _ => (note with { Content = NoteFileReader.Decode(note.ReadingPath, content).Text!.TrimStart('\uFEFF') },
                writeUps.Select(w => w.Title).Distinct(StringComparer.Ordinal).ToList(), null),
        };
    }

    private static WrittenNoteResult NotFound(string noteId) => WrittenNoteResult.Failed(WrittenNoteOutcome.NotFound, $"There is no written note '{noteId}'.");

    private static byte[] Markdown(NoteDraft draft) => Encoding.UTF8.GetBytes(NoteDraftMarkdown.Write(draft));

    /// <summary>The name's last part only: a file name from a chat is a label, never a path.</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 || name.StartsWith('.') ? "note" + name : name;
    }
}
