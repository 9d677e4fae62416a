namespace ConfBot.Bot.Assistant;

/// <summary>Something to ask with one click: the short title shown, and the message it sends as the user.</summary>
/// <param name="Title">At most <see cref="MaxTitleLength"/> characters, so it fits a prompt chip or a button.</param>
public sealed record SuggestedPrompt(string Title, string Message)
{
    public const int MaxTitleLength = 40;
}
