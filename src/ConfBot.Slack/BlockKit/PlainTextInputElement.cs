namespace ConfBot.Slack.BlockKit;

/// <summary>
/// A free-text field (<c>plain_text_input</c>), one line or several (<see cref="Multiline"/>). Slack enforces
/// <see cref="MaxLength"/> (at most 3000) in the client; the submitted text still deserves checking.
/// </summary>
public sealed record PlainTextInputElement(string ActionId) : InputElement(ActionId)
{
    /// <summary>Pre-filled text, e.g. a message being saved; at most 3000 characters like the value itself.</summary>
    public string? InitialValue { get; init; }

    public bool? Multiline { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
