namespace ConfBot.Slack.Interactions;

/// <summary>
/// The handler registered for each kind of callback interaction and callback id. A second registration of the
/// same pair is refused, so each shortcut or modal has at most one handler and the registrations say which.
/// </summary>
internal sealed class CallbackRoutes
{
    private readonly Dictionary<(Type Request, string CallbackId), Type> _routes = [];

    public void Add<TRequest>(string callbackId, Type handler)
        where TRequest : CallbackInteraction
    {
        ArgumentException.ThrowIfNullOrEmpty(callbackId);
        if (_routes.TryGetValue((typeof(TRequest), callbackId), out var taken))
            throw new InvalidOperationException($"{typeof(TRequest).Name} \"{callbackId}\" already goes to {taken.Name}; it cannot also go to {handler.Name}.");
        _routes[(typeof(TRequest), callbackId)] = handler;
    }

    public Type? Find(CallbackInteraction request) => _routes.GetValueOrDefault((request.GetType(), request.RouteId));
}
