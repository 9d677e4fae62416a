namespace ConfBot.Slack.Interactions;

/// <summary>A view's <c>state</c>: each input block's elements by block id, then action id.</summary>
public sealed record ViewState
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>();
}
