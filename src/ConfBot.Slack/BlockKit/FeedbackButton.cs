namespace ConfBot.Slack.BlockKit;

/// <summary>
/// One side of <see cref="FeedbackButtonsElement"/>: its text (plain text, at most 75 characters), the
/// <see cref="Value"/> sent back when clicked (at most 2000) and an optional screen-reader label (at most 75).
/// </summary>
public sealed record FeedbackButton(PlainText Text, string Value)
{
    public FeedbackButton(string text, string value)
        : this(new PlainText(text), value)
    {
    }

    public string? AccessibilityLabel { get; init; }
}
