using ConfBot.Slack.Commands;
using ConfBot.Slack.Interactions;

namespace ConfBot.Slack.Responding;

/// <summary>Where replies to one request can go: its <c>response_url</c> if Slack gave one, and its conversation.</summary>
/// <param name="UserId">Who acted: the only one who sees a <see cref="SlackResponder.RespondAsync"/>.</param>
/// <param name="ThreadTs">The thread replies belong in, if any.</param>
/// <param name="MessageTs">The message the request came from, which <see cref="SlackResponder.UpdateAsync"/> replaces.</param>
public sealed record ReplyTarget(string UserId, string? ChannelId, string? ResponseUrl = null, string? ThreadTs = null, string? MessageTs = null)
{
    public static ReplyTarget Of(BlockActionRequest request) => new(
        request.User.Id,
        request.Container?.ChannelId ?? request.Channel?.Id,
        request.ResponseUrl,
        request.Message?.ThreadTs,
        request.Container?.MessageTs);

    public static ReplyTarget Of(SlashCommand command) => new(command.UserId, command.ChannelId, command.ResponseUrl);
}
