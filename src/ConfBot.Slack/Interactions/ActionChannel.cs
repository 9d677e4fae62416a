namespace ConfBot.Slack.Interactions;

/// <summary>The conversation an interaction happened in.</summary>
public sealed record ActionChannel
{
    public required string Id { get; init; }

    public string? Name { get; init; }
}
