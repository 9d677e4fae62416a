namespace ConfBot.Slack.Interactions;

/// <summary>Where the clicked element lives: <c>message</c>, <c>message_attachment</c> or <c>view</c>.</summary>
public sealed record ActionContainer
{
    public required string Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public bool? IsEphemeral { get; init; }

    public string? ViewId { get; init; }
}
