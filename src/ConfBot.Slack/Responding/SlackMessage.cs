using ConfBot.Slack.BlockKit;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Responding;

/// <summary>A message ready for Slack: the blocks, and the escaped plain fallback used for notifications and screen readers.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks)
{
    /// <summary>
    /// Sent with every message that can carry it: chat.postMessage, chat.update and response_url posts. Ephemeral
    /// messages (chat.postEphemeral) cannot: Slack keeps no copy of them to attach it to.
    /// </summary>
    public MessageMetadata? Metadata { get; init; }
}
