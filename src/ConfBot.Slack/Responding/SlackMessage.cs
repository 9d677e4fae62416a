using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Responding;

/// <summary>A message ready for Slack: the blocks, and the escaped plain fallback used for notifications and screen readers.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
