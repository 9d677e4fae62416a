namespace ConfBot.Core.State;

/// <summary>The checklist state of action points; an action point without a row is open.</summary>
public interface IActionPointStateStore
{
    Task<ActionPointState> GetAsync(string actionPointId, CancellationToken cancellationToken = default);

    /// <summary>The state of each given id (open for ids never touched).</summary>
    Task<IReadOnlyDictionary<string, ActionPointState>> GetManyAsync(IReadOnlyCollection<string> actionPointIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims an open action point for <paramref name="userId"/> and returns the state after the call: someone
    /// else's claim and a done point are kept (reopen first), so compare <see cref="ActionPointState.By"/>.
    /// </summary>
    Task<ActionPointState> ClaimAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks the action point done by <paramref name="userId"/>, whatever its state.</summary>
    Task<ActionPointState> CompleteAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Opens the action point again (from claimed or done), recording who reopened it.</summary>
    Task<ActionPointState> ReopenAsync(string actionPointId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
