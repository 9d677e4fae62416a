namespace ConfBot.Slack.BlockKit;

/// <summary>
/// A number field (<c>number_input</c>), e.g. a year: Slack refuses a non-number or one outside
/// <see cref="MinValue"/>..<see cref="MaxValue"/> before submitting. Values travel as strings, as on the wire.
/// </summary>
public sealed record NumberInputElement(string ActionId, bool IsDecimalAllowed = false) : InputElement(ActionId)
{
    public string? InitialValue { get; init; }

    public string? MinValue { get; init; }

    public string? MaxValue { get; init; }
}
