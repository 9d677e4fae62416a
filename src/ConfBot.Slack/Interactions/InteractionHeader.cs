namespace ConfBot.Slack.Interactions;

/// <summary>The <c>type</c> of an interaction payload, read before choosing a concrete type.</summary>
internal sealed record InteractionHeader
{
    public required string Type { get; init; }
}
