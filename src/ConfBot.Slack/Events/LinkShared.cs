namespace ConfBot.Slack.Events;

/// <summary>
/// A message (or the composer) holds links on a domain in the manifest's <c>unfurl_domains</c> (scope
/// <c>links:read</c>); answer with <see cref="WebApi.ISlackApiClient.UnfurlAsync"/> and
/// <see cref="WebApi.LinkUnfurl.For"/>. Slack sends none for the app's own messages.
/// </summary>
public sealed record LinkShared : SlackEvent
{
    public required string Channel { get; init; }

    public required string User { get; init; }

    /// <summary>The message holding the links; for a link in the composer, not a posted message's ts.</summary>
    public required string MessageTs { get; init; }

    public string? ThreadTs { get; init; }

    public required IReadOnlyList<SharedLink> Links { get; init; }

    public string? UnfurlId { get; init; }

    /// <summary><c>composer</c> (not yet posted) or <c>conversations_history</c>.</summary>
    public string? Source { get; init; }

    public bool? IsBotUserMember { get; init; }
}
