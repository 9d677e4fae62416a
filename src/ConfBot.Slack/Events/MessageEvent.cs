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

    /// <summary>On a thread reply, who wrote the thread's parent message (ConfBot's own id when it is ConfBot's answer).</summary>
    public string? ParentUserId { get; init; }

    public string? Subtype { get; init; }

    public string? BotId { get; init; }

    [JsonIgnore]
    public bool IsDirectMessage => ChannelType == "im";
}
