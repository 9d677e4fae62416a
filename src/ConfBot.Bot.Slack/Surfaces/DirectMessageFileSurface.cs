using ConfBot.Bot.Slack.Notes;
using ConfBot.Slack.Events;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A file shared in a direct message with ConfBot becomes notes; the reply goes where the file was shared.</summary>
internal sealed class DirectMessageFileSurface(SharedNoteFiles files) : IEventHandler<MessageEvent>
{
    public Task Handle(MessageEvent message, CancellationToken cancellationToken) =>
        message is { IsDirectMessage: true, Files: { Count: > 0 } shared }
            ? files.AddAsync(shared, message.User, message.Channel, message.ThreadTs, cancellationToken)
            : Task.CompletedTask;
}
