using ConfBot.Slack;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Responding;
using Microsoft.Extensions.Options;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>The <see cref="BotContext"/> of each Slack surface, with the workspace's own slash command name for help.</summary>
public sealed class SlackContexts(IOptions<SlackOptions> options)
{
    public BotContext For(string userId, string? channelId, BotSurface surface) =>
        new(userId, channelId, surface) { CommandName = options.Value.CommandName };

    /// <summary>A click: on the Home tab, or under a message, which is private when it was ephemeral.</summary>
    public BotContext For(BlockActionRequest request) =>
        request.Container?.Type == "view"
            ? For(request.User.Id, null, BotSurface.Home)
            : For(request.User.Id, ReplyTarget.Of(request).ChannelId, BotSurface.Button) with { Private = request.Container?.IsEphemeral == true };
}
