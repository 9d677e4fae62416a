using ConfBot.Bot.Commands;
using ConfBot.Bot.Slack.Forms;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Formatting;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary><c>/confbot …</c>: answers only the asker (ephemeral), with a button to share the answer; <c>add</c> opens the notes form.</summary>
internal sealed class SlashCommandSurface(CommandTable commands, SlackContexts contexts, FormModals modals) : ISlashCommandHandler
{
    public async Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        var context = contexts.For(command.UserId, command.ChannelId, BotSurface.SlashCommand);
        var answer = await commands.AnswerAsync(TypedText.Read(command.Text), context, cancellationToken);
        // A form opens in place of the reply (the ack then says nothing); if it cannot, the reply says how to reach it.
        if (answer.Form is { } form && await modals.TryOpenAsync(command.TriggerId, form, command.ChannelId, cancellationToken))
            return null;
        var reply = BlockKitRenderer.Message(answer);
        return new SlashCommandResponse { ResponseType = ResponseType.Ephemeral, Text = reply.Text, Blocks = reply.Blocks };
    }
}
