namespace ConfBot.Slack.Interactions;

/// <summary>One element interaction inside a <c>block_actions</c> payload.</summary>
public sealed record BlockAction
{
    public required string ActionId { get; init; }

    public string? BlockId { get; init; }

    /// <summary>The button's <c>value</c>, as the app set it.</summary>
    public string? Value { get; init; }

    /// <summary>Element type, e.g. <c>button</c>.</summary>
    public string? Type { get; init; }

    public string? ActionTs { get; init; }
}
