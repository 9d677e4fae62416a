namespace ConfBot.Slack.Interactions;

/// <summary>Which action ids go to <see cref="Handler"/>: exactly <see cref="ActionId"/>, or every id starting with it.</summary>
internal sealed record BlockActionRoute(string ActionId, bool IsPrefix, Type Handler)
{
    public bool Matches(string actionId) =>
        IsPrefix ? actionId.StartsWith(ActionId, StringComparison.Ordinal) : actionId == ActionId;

    /// <summary>Some action id would match both routes.</summary>
    public bool Overlaps(BlockActionRoute other) => (IsPrefix, other.IsPrefix) switch
    {
        (false, false) => ActionId == other.ActionId,
        (true, false) => Matches(other.ActionId),
        (false, true) => other.Matches(ActionId),
        _ => Matches(other.ActionId) || other.Matches(ActionId),
    };

    public override string ToString() => IsPrefix ? $"prefix \"{ActionId}\" ({Handler.Name})" : $"\"{ActionId}\" ({Handler.Name})";
}
