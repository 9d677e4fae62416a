namespace ConfBot.Slack.WebApi;

/// <summary>One message of a thread from <c>conversations.replies</c> (the parent first), blocks left out.</summary>
public sealed record ThreadMessage
{
    public required string Ts { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Subtype { get; init; }

    /// <summary>As Slack stores it: escaped (<c>&amp;amp;</c>), with <c>&lt;@U…&gt;</c> mentions and <c>&lt;url|label&gt;</c> links.</summary>
    public string Text { get; init; } = "";

    public string? ThreadTs { get; init; }

    public string? ParentUserId { get; init; }

    public MessageMetadata? Metadata { get; init; }

    public IReadOnlyList<SlackFile>? Files { get; init; }
}
