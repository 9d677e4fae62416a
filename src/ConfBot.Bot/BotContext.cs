namespace ConfBot.Bot;

/// <summary>Who asked, where, and how the answer will be seen.</summary>
/// <param name="UserId">The chat user who typed or clicked.</param>
/// <param name="ChannelId">The conversation it happened in; null on the Home tab.</param>
public sealed record BotContext(string UserId, string? ChannelId, BotSurface Surface)
{
    /// <summary>How the bot's command is typed on this workspace (e.g. <c>/confbot</c>), for help and hints.</summary>
    public string CommandName { get; init; } = "/confbot";

    /// <summary>Only the asker sees the reply (a slash command, or a click on one), so offer to share it.</summary>
    public bool Private { get; init; } = Surface == BotSurface.SlashCommand;

    /// <summary>The user who shared this reply into the conversation, credited above it.</summary>
    public string? SharedBy { get; init; }
}
