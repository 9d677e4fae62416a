using ConfBot.Bot.Notes;
using ConfBot.Bot.Slack.Forms;
using ConfBot.Slack.Interactions;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>The global shortcut "Add conference notes": the empty form, confirmed by direct message (a shortcut has no conversation).</summary>
internal sealed class AddNoteShortcutSurface(FormModals modals) : IShortcutHandler
{
    public Task Handle(ShortcutRequest request, CancellationToken cancellationToken) =>
        modals.TryOpenAsync(request.TriggerId, NoteForm.For(null), channelId: null, cancellationToken);
}
