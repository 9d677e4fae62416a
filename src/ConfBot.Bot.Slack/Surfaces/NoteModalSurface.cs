using ConfBot.Bot.Notes;
using ConfBot.Bot.Slack.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Slack.Interactions;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// The notes modal submitted. Every refusal is found in the ack, under its field: the form's errors, a note the user
/// may not change, a note without talks (<see cref="NoteDesk.CheckAsync"/> reads only this note, in milliseconds).
/// Storing then re-indexes the notes, which on a big folder can outlast the ack's deadline: then Slack is acked
/// without errors at the deadline (the modal closes, as it would anyway) and this finishes on the worker, so the
/// author hears the outcome either way, from the message below and never from the ack.
/// </summary>
internal sealed class NoteModalSurface(NoteDesk desk, NoteModals modals, SlackContexts contexts) : IViewSubmissionHandler
{
    public async Task<ViewSubmissionResponse?> Handle(ViewSubmissionRequest request, CancellationToken cancellationToken)
    {
        var user = request.User.Id;
        var state = NoteModalState.Decode(request.View.PrivateMetadata) ?? NoteModalState.Typed(null);
        var reading = NoteForm.Read(NoteModal.Values(request.View));
        if (await desk.CheckAsync(user, state.NoteId, reading, cancellationToken) is { Count: > 0 } errors)
            return ViewSubmissionResponse.WithErrors(NoteModal.Errors(errors));
        var source = new WrittenNoteSource(state.Source, state.Reference);
        var commandName = contexts.For(user, state.ChannelId, BotSurface.Shortcut).CommandName;
        var reply = await desk.SaveAsync(user, state.NoteId, source, reading.Draft!, commandName, cancellationToken);
        await modals.TellAsync(user, state.ChannelId, reply, cancellationToken);
        return null;
    }
}
