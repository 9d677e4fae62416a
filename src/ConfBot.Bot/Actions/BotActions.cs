namespace ConfBot.Bot.Actions;

/// <summary>Routes a click to the one action that owns its action id.</summary>
public sealed class BotActions
{
    /// <summary>Every action id of the bot's starts so, so a surface routes them here with one rule.</summary>
    public const string IdPrefix = "confbot_";

    private readonly Dictionary<string, IBotAction> _byId = new(StringComparer.Ordinal);

    public BotActions(IEnumerable<IBotAction> actions)
    {
        foreach (var action in actions)
            foreach (var id in action.ActionIds)
                if (!id.StartsWith(IdPrefix, StringComparison.Ordinal))
                    throw new InvalidOperationException($"The bot action id '{id}' of {action.GetType().Name} does not start with '{IdPrefix}'.");
                else if (!_byId.TryAdd(id, action))
                    throw new InvalidOperationException($"Two bot actions answer the action id '{id}': {_byId[id].GetType().Name} and {action.GetType().Name}.");
    }

    /// <summary>Every action id a surface should route here.</summary>
    public IReadOnlyCollection<string> ActionIds => _byId.Keys;

    /// <summary>The action's response, or null when no action owns the id or the action asks for nothing.</summary>
    public Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken) =>
        _byId.TryGetValue(click.ActionId, out var action) ? action.RunAsync(click, cancellationToken) : Task.FromResult<BotResponse?>(null);
}
