namespace ConfBot.Slack.Events;

/// <summary>A user opened the app's Home (tab <c>home</c>) or its Messages tab (tab <c>messages</c>).</summary>
public sealed record AppHomeOpened : SlackEvent
{
    public required string User { get; init; }

    public string? Channel { get; init; }

    public string? Tab { get; init; }
}
