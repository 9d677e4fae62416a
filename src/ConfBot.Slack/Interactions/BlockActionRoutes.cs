namespace ConfBot.Slack.Interactions;

/// <summary>
/// The registered routes. Overlap is refused when it is registered, rather than settled by precedence, so each
/// action id has at most one handler and reading the registrations tells which one.
/// </summary>
internal sealed class BlockActionRoutes
{
    private readonly List<BlockActionRoute> _routes = [];

    public void Add(BlockActionRoute route)
    {
        ArgumentException.ThrowIfNullOrEmpty(route.ActionId);
        if (_routes.FirstOrDefault(route.Overlaps) is { } taken)
            throw new InvalidOperationException($"Block action route {route} overlaps {taken}: an action would go to two handlers.");
        _routes.Add(route);
    }

    public BlockActionRoute? Find(string actionId) => _routes.Find(r => r.Matches(actionId));
}
