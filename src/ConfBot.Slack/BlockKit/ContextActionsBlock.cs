namespace ConfBot.Slack.BlockKit;

/// <summary>
/// Actions shown as quiet context under a message (<c>context_actions</c>): here, feedback buttons (at most 5
/// elements). Slack's block reference (docs.slack.dev/reference/block-kit/blocks/context-actions-block) does not say
/// which surfaces draw it, and it is new, so a surface that must always offer feedback should also be able to fall
/// back to ordinary buttons. Give it a new <see cref="Block.BlockId"/> whenever the message is updated, as that
/// reference asks.
/// </summary>
public sealed record ContextActionsBlock(IReadOnlyList<FeedbackButtonsElement> Elements) : Block;
