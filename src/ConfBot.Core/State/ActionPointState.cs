using ConfBot.Core.Talks;

namespace ConfBot.Core.State;

/// <summary>Where an action point stands on the team's checklist.</summary>
/// <param name="ActionPointId">The action point's stable id (<see cref="Talks.ActionPoint.Id"/>).</param>
/// <param name="By">The Slack user who claimed, completed or reopened it; null for one never touched.</param>
/// <param name="At">When that happened; null for one never touched.</param>
public sealed record ActionPointState(string ActionPointId, ActionPointStatus Status, string? By, DateTimeOffset? At)
{
    /// <summary>The state of an action point nobody has touched yet.</summary>
    public static ActionPointState Untouched(string actionPointId) => new(actionPointId, ActionPointStatus.Open, null, null);

    /// <summary>
    /// The state to show for <paramref name="point"/>: what the team last did with it, or, until someone does, what
    /// the note says (done when its author ticked it off), so a checkbox ticked in the notes needs no click in Slack.
    /// </summary>
    public static ActionPointState Of(ActionPoint point, ActionPointState? stored) =>
        stored is { At: not null } ? stored
        : point.IsDone ? new(point.Id, ActionPointStatus.Done, null, null)
        : Untouched(point.Id);
}
