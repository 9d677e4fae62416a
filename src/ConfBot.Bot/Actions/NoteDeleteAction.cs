using ConfBot.Bot.Notes;

namespace ConfBot.Bot.Actions;

/// <summary>
/// "Delete" under a listed note asks first, privately; the answer's button deletes, in place of the question. Both
/// clicks are checked against who may change the note.
/// </summary>
internal sealed class NoteDeleteAction(NoteDesk desk) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [NoteActions.Delete, NoteActions.ConfirmDelete];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        if (click.Value is not { Length: > 0 } noteId)
            return null;
        var user = click.Context.UserId;
        return click.ActionId == NoteActions.Delete
            ? new BotResponse(await desk.ConfirmDeleteAsync(noteId, user, cancellationToken), ReplyDelivery.ToClicker)
            : new BotResponse(await desk.DeleteAsync(noteId, user, click.Context.CommandName, cancellationToken), ReplyDelivery.ReplaceOriginal);
    }
}
