namespace ConfBot.Bot;

/// <summary>Where a request reached the bot; each surface delivers the reply its own way.</summary>
public enum BotSurface
{
    SlashCommand,
    DirectMessage,
    Mention,
    ThreadReply,
    Shortcut,
    Home,

    /// <summary>A button under one of the bot's own messages.</summary>
    Button,

    /// <summary>A link pasted in a conversation, previewed under the message that has it.</summary>
    LinkPreview,

    /// <summary>The bot's own conversation (a chat app's messages tab or assistant thread), opened before anything is asked.</summary>
    Assistant,

    /// <summary>A channel's daily digest, posted on a schedule.</summary>
    Digest,
}
