using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>chat.postMessage</c>. <see cref="Text"/> is the notification and accessibility fallback.</summary>
public sealed record ChatMessage
{
    public required string Channel { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Reply in this thread.</summary>
    public string? ThreadTs { get; init; }

    public bool? UnfurlLinks { get; init; }

    /// <summary>Structured data for later clicks and redraws; see <see cref="MessageMetadata"/>.</summary>
    public MessageMetadata? Metadata { get; init; }
}
