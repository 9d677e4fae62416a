namespace ConfBot.Slack.Interactions;

/// <summary>The message an interaction came from, as Slack sends it back (blocks omitted).</summary>
public sealed record ActionMessage
{
    public required string Ts { get; init; }

    public string? Text { get; init; }

    public string? ThreadTs { get; init; }

    public string? BotId { get; init; }
}
