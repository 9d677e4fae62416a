using ConfBot.Bot.Slack.Notes;
using ConfBot.Slack.Events;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A file shared in a channel message that mentions ConfBot becomes notes; the reply goes in a thread under it.</summary>
internal sealed class MentionFileSurface(SharedNoteFiles files) : IEventHandler<AppMention>
{
    public Task Handle(AppMention mention, CancellationToken cancellationToken) =>
        mention.Files is { Count: > 0 } shared
            ? files.AddAsync(shared, mention.User, mention.Channel, mention.ThreadTs ?? mention.Ts, cancellationToken)
            : Task.CompletedTask;
}
