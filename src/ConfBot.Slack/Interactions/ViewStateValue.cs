namespace ConfBot.Slack.Interactions;

/// <summary>One element's state: <see cref="Value"/> for text and number inputs, <see cref="SelectedOption"/> for selects.</summary>
public sealed record ViewStateValue
{
    public string? Type { get; init; }

    public string? Value { get; init; }

    public StateOption? SelectedOption { get; init; }
}
