namespace ConfBot.Slack.Events;

/// <summary>The fields of any inner event that the pipeline filters on, read before choosing a concrete type.</summary>
internal sealed record EventHeader
{
    public required string Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
