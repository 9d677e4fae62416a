namespace ConfBot.Slack.Interactions;

/// <summary>A global shortcut (<c>shortcut</c>), chosen from the shortcuts menu: no conversation, only the trigger for a modal.</summary>
public sealed record ShortcutRequest : ShortcutInteraction
{
    public const string PayloadType = "shortcut";
}
