namespace ConfBot.Slack.Interactions;

/// <summary>The workspace an interaction happened in.</summary>
public sealed record ActionTeam
{
    public required string Id { get; init; }

    public string? Domain { get; init; }
}
