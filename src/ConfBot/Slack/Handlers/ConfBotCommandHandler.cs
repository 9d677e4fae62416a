using ConfBot.Checklist;
using ConfBot.Digests;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Formatting;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;

namespace ConfBot.Slack.Handlers;

/// <summary><c>/confbot …</c>: answers only the asker (ephemeral), with a button to share the answer.</summary>
internal sealed class ConfBotCommandHandler(ConfBotReplies replies, ActionPointListing actions, DigestCommands digests) : ISlashCommandHandler
{
    public async Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        var request = BotRequestParser.Parse(TypedText.Read(command.Text));
        var reply = request.Kind switch
        {
            CommandKind.Actions => await actions.ListAsync(request.Argument, command.UserId, cancellationToken),
            CommandKind.Digest => await digests.HandleAsync(command.ChannelId, request.Argument, cancellationToken),
            _ => replies.Reply(new PageState(request, 0), shareable: true),
        };
        return new SlashCommandResponse
        {
            ResponseType = ResponseType.Ephemeral,
            Text = reply.Text,
            Blocks = reply.Blocks,
        };
    }
}
