namespace ConfBot.Slack.BlockKit;

/// <summary>Small muted text, at most 10 elements.</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;
