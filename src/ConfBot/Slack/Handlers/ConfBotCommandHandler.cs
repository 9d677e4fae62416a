using ConfBot.Slack.Commands;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;

namespace ConfBot.Slack.Handlers;

/// <summary><c>/confbot …</c>: answers only the asker (ephemeral), with a button to share the answer.</summary>
internal sealed class ConfBotCommandHandler(ConfBotReplies replies) : ISlashCommandHandler
{
    public Task<SlashCommandResponse?> Handle(SlashCommand command, CancellationToken cancellationToken)
    {
        var reply = replies.Reply(new PageState(BotRequestParser.Parse(command.Text), 0), shareable: true);
        return Task.FromResult<SlashCommandResponse?>(new SlashCommandResponse
        {
            ResponseType = ResponseType.Ephemeral,
            Text = reply.Text,
            Blocks = reply.Blocks,
        });
    }
}
