namespace ConfBot.Bot.Replies;

/// <summary>One piece of a <see cref="BotReply"/>, in the order it is shown.</summary>
public abstract record ReplyPart;

/// <summary>A title in large type; plain text only.</summary>
public sealed record ReplyHeading(string Text) : ReplyPart;

/// <summary>A paragraph of formatted text.</summary>
public sealed record ReplyParagraph(RichText Text) : ReplyPart;

/// <summary>Small print under what it qualifies: sources, who shared, how many more.</summary>
public sealed record ReplyNote(RichText Text) : ReplyPart;

/// <summary>A line between sections.</summary>
public sealed record ReplyDivider : ReplyPart;

/// <summary>A row of buttons.</summary>
public sealed record ReplyButtons(IReadOnlyList<ReplyButton> Buttons) : ReplyPart;

/// <summary>
/// A button: its label, the action it triggers (<see cref="Actions.IBotAction"/>) and what the action needs back.
/// </summary>
/// <param name="Value">At most <see cref="MaxValueLength"/> characters: the surfaces hand it back on a click.</param>
public sealed record ReplyButton(string Label, string ActionId, string Value, bool Primary = false)
{
    /// <summary>The most a button carries; Slack's limit, and the smallest of the surfaces'.</summary>
    public const int MaxValueLength = 2000;
}
