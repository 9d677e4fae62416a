namespace ConfBot.Core.State;

/// <summary>Where an action point stands on the team's checklist.</summary>
/// <param name="ActionPointId">The action point's stable id (<see cref="Talks.ActionPoint.Id"/>).</param>
/// <param name="By">The Slack user who claimed, completed or reopened it; null for one never touched.</param>
/// <param name="At">When that happened; null for one never touched.</param>
public sealed record ActionPointState(string ActionPointId, ActionPointStatus Status, string? By, DateTimeOffset? At)
{
    /// <summary>The state of an action point nobody has touched yet.</summary>
    public static ActionPointState Untouched(string actionPointId) => new(actionPointId, ActionPointStatus.Open, null, null);
}
