using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Replies;

/// <summary>A message ready for Slack: the blocks, and the escaped plain fallback used for notifications and screen readers.</summary>
internal sealed record BotReply(string Text, IReadOnlyList<Block> Blocks);
