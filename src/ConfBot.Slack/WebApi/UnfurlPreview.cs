using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>The preview shown under one link: Block Kit blocks, held to a message's limits.</summary>
public sealed record UnfurlPreview(IReadOnlyList<Block> Blocks);
