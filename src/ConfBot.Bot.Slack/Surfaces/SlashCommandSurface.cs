using ConfBot.Bot.Commands;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Formatting;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary><c>/confbot …</c>: answers only the asker (ephemeral), with a button to share the answer.</summary>
internal sealed class SlashCommandSurface(CommandTable commands, SlackContexts contexts) : ISlashCommandHandler
{
    public async Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        var context = contexts.For(command.UserId, command.ChannelId, BotSurface.SlashCommand);
        var reply = BlockKitRenderer.Message(await commands.AnswerAsync(TypedText.Read(command.Text), context, cancellationToken));
        return new SlashCommandResponse { ResponseType = ResponseType.Ephemeral, Text = reply.Text, Blocks = reply.Blocks };
    }
}
