namespace ConfBot.Slack.Interactions;

/// <summary>The user who performed an interaction.</summary>
public sealed record ActionUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public string? Name { get; init; }

    public string? TeamId { get; init; }
}
