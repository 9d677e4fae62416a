namespace ConfBot.Slack.BlockKit;

/// <summary>A row of interactive elements, at most 25.</summary>
public sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;
