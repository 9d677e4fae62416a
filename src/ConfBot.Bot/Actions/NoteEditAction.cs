using ConfBot.Bot.Notes;

namespace ConfBot.Bot.Actions;

/// <summary>"Edit" under a listed note: the form pre-filled with it, for its author or an admin only.</summary>
internal sealed class NoteEditAction(NoteDesk desk) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [NoteActions.Edit];

    public async Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken) =>
        click.Value is { Length: > 0 } noteId
            ? new BotResponse(await desk.EditFormAsync(noteId, click.Context.UserId, cancellationToken), ReplyDelivery.ToClicker)
            : null;
}
