using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>
/// A 👍/👎 pair (<c>feedback_buttons</c>), only allowed inside a <see cref="ContextActionsBlock"/>. A click arrives
/// as a <c>block_actions</c> whose action has type <c>feedback_buttons</c>, this <see cref="ActionId"/>, and the
/// clicked button's <see cref="FeedbackButton.Value"/> (bolt-js <c>FeedbackButtonsAction</c>), so it is routed like
/// a button click.
/// </summary>
public sealed record FeedbackButtonsElement(string ActionId, FeedbackButton PositiveButton, FeedbackButton NegativeButton)
{
    // Written as a plain property, as HomeView's: the element is declared by its own type in ContextActionsBlock.
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "feedback_buttons";
}
