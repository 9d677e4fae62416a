using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Actions;

/// <summary>A reply to a click, and where it goes.</summary>
public sealed record BotResponse(BotReply Reply, ReplyDelivery Delivery);

/// <summary>Where the reply to a click goes; each surface picks its own means (a response URL, the Web API).</summary>
public enum ReplyDelivery
{
    /// <summary>A new message only the clicker sees.</summary>
    ToClicker,

    /// <summary>A new message everyone in the conversation sees, in the same thread.</summary>
    ToConversation,

    /// <summary>The message the button was in, redrawn.</summary>
    ReplaceOriginal,

    /// <summary>The clicker's Home tab, redrawn.</summary>
    Home,
}
