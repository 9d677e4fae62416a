using ConfBot.Bot.Replies;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using Microsoft.Extensions.Options;

namespace ConfBot.Bot.Notes;

/// <summary>
/// Where notes written in chat are taken in, for every surface: a form's submission checked, then stored; a shared
/// file stored; a note opened for editing or deleted. Whether a person may change a note is decided by the notes
/// themselves (<see cref="IWrittenNotes.MayChange"/>) on every request, never by which buttons they were shown.
/// </summary>
public sealed class NoteDesk(IWrittenNotes notes, IOptions<NotesOptions> options)
{
    /// <summary>The most a shared file may hold, as for a file in the notes folder.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>
    /// Everything wrong with a submission that can be found without storing it, each problem on its field: the form's
    /// own errors, a note the user may not change, and a note in which no talk is read. Reads only this note, so it
    /// answers in a small fraction of the time a store and re-index take.
    /// </summary>
    /// <param name="noteId">The note being edited; null for a new one.</param>
    public async Task<IReadOnlyList<NoteDraftError>> CheckAsync(string userId, string? noteId, NoteFormReading reading, CancellationToken cancellationToken)
    {
        if (reading.Draft is not { } draft)
            return reading.Errors;
        if (noteId is not null && await RefusalAsync(noteId, userId, cancellationToken) is { } refusal)
            return [new NoteDraftError(NoteDraftField.Title, refusal.Summary)];
        var check = notes.Check(draft);
        return check.Outcome switch
        {
            WrittenNoteOutcome.Checked => [],
            WrittenNoteOutcome.Invalid => check.Errors,
            _ => [new NoteDraftError(NoteDraftField.Notes, $"Nothing would be stored: {check.Reason}. Give the talk's speakers, or its points as - bullets.")],
        };
    }

    /// <summary>Stores a checked draft (adding it, or editing <paramref name="noteId"/>) and says what was found.</summary>
    public async Task<BotReply> SaveAsync(string userId, string? noteId, WrittenNoteSource source, NoteDraft draft, string commandName, CancellationToken cancellationToken)
    {
        var result = noteId is null
            ? await notes.AddAsync(userId, source, draft, cancellationToken)
            : await notes.EditAsync(noteId, userId, draft, cancellationToken);
        return NoteReplies.For(result, commandName);
    }

    /// <param name="content">The file's bytes; null when it was larger than <see cref="MaxFileBytes"/> and not read.</param>
    /// <param name="reference">What names the file to readers (its permalink or name).</param>
    public async Task<BotReply> AddFileAsync(string userId, string fileName, string reference, byte[]? content, string commandName, CancellationToken cancellationToken) =>
        content is null
            ? NoteReplies.TooLarge(fileName, MaxFileBytes)
            : NoteReplies.For(await notes.AddAsync(userId, new WrittenNoteSource(WrittenNoteSourceKind.File, reference), fileName, content, cancellationToken), commandName);

    /// <summary>The form pre-filled with a note, for its author or an admin; a refusal for anyone else.</summary>
    public async Task<BotReply> EditFormAsync(string noteId, string userId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(noteId, userId, cancellationToken) is { } refusal)
            return refusal;
        var note = (await notes.GetAsync(noteId, cancellationToken))!;
        return NoteDraftMarkdown.Read(note.Content) is { } draft
            ? BotReply.Say(RichText.Of($"“{NoteReplies.Label(note)}” opens in the form; click Edit again if it did not.")) with { Form = NoteForm.For(draft, noteId) }
            : BotReply.Say(RichText.Of($"“{NoteReplies.Label(note)}” was shared as a file, so it is not edited in the form: delete it and share the changed file again."));
    }

    /// <summary>The question a deletion needs answered, with the button that answers it; a refusal for anyone who may not delete the note.</summary>
    public async Task<BotReply> ConfirmDeleteAsync(string noteId, string userId, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(noteId, userId, cancellationToken) is { } refusal)
            return refusal;
        var label = NoteReplies.Label((await notes.GetAsync(noteId, cancellationToken))!);
        return new BotReply($"Delete the notes “{label}”?", [
            new ReplyParagraph(RichText.Of($"Delete the notes “{label}”? Their talks will no longer be answered from them; this cannot be undone.")),
            new ReplyButtons([new ReplyButton("Delete them", NoteActions.ConfirmDelete, noteId)]),
        ]);
    }

    public async Task<BotReply> DeleteAsync(string noteId, string userId, string commandName, CancellationToken cancellationToken) =>
        NoteReplies.For(await notes.DeleteAsync(noteId, userId, cancellationToken), commandName);

    private async Task<BotReply?> RefusalAsync(string noteId, string userId, CancellationToken cancellationToken) =>
        await notes.GetAsync(noteId, cancellationToken) switch
        {
            null => BotReply.Say(RichText.Of("Those notes no longer exist: someone deleted them.")),
            var note when !notes.MayChange(note, userId) => BotReply.Say(RichText.Of($"Only the author of “{NoteReplies.Label(note)}” or an admin can change or delete them.")),
            _ => null,
        };
}
