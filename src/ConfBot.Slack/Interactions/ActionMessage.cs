namespace ConfBot.Slack.Interactions;

/// <summary>The message an interaction came from, as Slack sends it back (blocks omitted).</summary>
public sealed record ActionMessage
{
    public required string Ts { get; init; }

    public string? Text { get; init; }

    public string? ThreadTs { get; init; }

    public string? BotId { get; init; }

    /// <summary>Who wrote it (absent for a bot's message).</summary>
    public string? User { get; init; }

    /// <summary>What the app attached when it posted the message, if anything.</summary>
    public WebApi.MessageMetadata? Metadata { get; init; }

    public IReadOnlyList<Events.MessageFile>? Files { get; init; }
}
