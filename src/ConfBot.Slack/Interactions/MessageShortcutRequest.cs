namespace ConfBot.Slack.Interactions;

/// <summary>
/// A message shortcut (<c>message_action</c>), chosen from a message's menu: the <see cref="Message"/> it was chosen on,
/// where, by whom, the trigger for a modal and a <see cref="ResponseUrl"/> for a reply in the channel.
/// </summary>
public sealed record MessageShortcutRequest : ShortcutInteraction
{
    public const string PayloadType = "message_action";

    public required ActionChannel Channel { get; init; }

    public required ActionMessage Message { get; init; }

    public string? MessageTs { get; init; }

    public string? ResponseUrl { get; init; }
}
