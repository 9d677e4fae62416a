namespace ConfBot.Slack.BlockKit;

/// <summary>
/// A button. Clicks arrive as a <c>block_actions</c> with <see cref="ActionId"/> and <see cref="Value"/>.
/// Text at most 75 characters, action id 255, value 2000.
/// </summary>
public sealed record ButtonElement(PlainText Text, string ActionId, string? Value = null, ButtonStyle? Style = null) : BlockElement
{
    public ButtonElement(string text, string actionId, string? value = null, ButtonStyle? style = null)
        : this(new PlainText(text), actionId, value, style)
    {
    }

    /// <summary>Opens this URL in the browser as well as sending the action; at most 3000 characters.</summary>
    public string? Url { get; init; }
}
