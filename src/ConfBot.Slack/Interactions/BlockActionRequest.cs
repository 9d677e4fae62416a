namespace ConfBot.Slack.Interactions;

/// <summary>A <c>block_actions</c> interaction: a user clicked a button (or used another element) in a message or view.</summary>
public sealed record BlockActionRequest
{
    public const string PayloadType = "block_actions";

    public required string Type { get; init; }

    public required ActionUser User { get; init; }

    public required IReadOnlyList<BlockAction> Actions { get; init; }

    public ActionTeam? Team { get; init; }

    /// <summary>Absent when the action came from a view such as the Home tab.</summary>
    public ActionChannel? Channel { get; init; }

    public ActionContainer? Container { get; init; }

    /// <summary>The message holding the clicked element, when the action came from a message.</summary>
    public ActionMessage? Message { get; init; }

    /// <summary>Post follow-ups here (5 uses in 30 minutes); absent for actions in views.</summary>
    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    public string? ApiAppId { get; init; }
}
