using System.Text.Json.Serialization;

namespace ConfBot.Slack.Events;

/// <summary>
/// A plain user message (<c>message.im</c> and friends). Bot messages and subtypes such as edits or joins
/// are filtered out before handlers see them.
/// </summary>
public sealed record MessageEvent : SlackEvent
{
    public required string Channel { get; init; }

    /// <summary><c>im</c> for a direct message to the app; also <c>channel</c>, <c>group</c>, <c>mpim</c>.</summary>
    public string? ChannelType { get; init; }

    public required string User { get; init; }

    public string Text { get; init; } = "";

    public required string Ts { get; init; }

    /// <summary>Set when the message is in a thread; reply with this to stay in it.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>Who started the thread, on a reply: tells a reply in the app's own thread from one in someone else's.</summary>
    public string? ParentUserId { get; init; }

    /// <summary><c>file_share</c> for a message with <see cref="Files"/>, <c>thread_broadcast</c> for a reply also sent to the channel.</summary>
    public string? Subtype { get; init; }

    public IReadOnlyList<MessageFile>? Files { get; init; }

    public string? BotId { get; init; }

    [JsonIgnore]
    public bool IsDirectMessage => ChannelType == "im";
}
