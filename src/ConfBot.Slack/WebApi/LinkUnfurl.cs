namespace ConfBot.Slack.WebApi;

/// <summary>
/// Arguments of <c>chat.unfurl</c>: the previews for links of one <c>link_shared</c> event, keyed by the URL exactly
/// as the event gave it. Slack takes either <see cref="Channel"/> + <see cref="Ts"/> or <see cref="UnfurlId"/> +
/// <see cref="Source"/> (the only form for a link still in the composer); <see cref="For"/> picks as the event allows.
/// </summary>
public sealed record LinkUnfurl
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }

    public string? UnfurlId { get; init; }

    /// <summary><c>composer</c> or <c>conversations_history</c>, copied from the event.</summary>
    public string? Source { get; init; }

    public required IReadOnlyDictionary<string, UnfurlPreview> Unfurls { get; init; }

    /// <summary>Answers <paramref name="shared"/>: by its unfurl id when it has one (composer links have nothing else), else by channel and message ts.</summary>
    public static LinkUnfurl For(Events.LinkShared shared, IReadOnlyDictionary<string, UnfurlPreview> unfurls) =>
        shared is { UnfurlId: { } id, Source: { } source }
            ? new() { UnfurlId = id, Source = source, Unfurls = unfurls }
            : new() { Channel = shared.Channel, Ts = shared.MessageTs, Unfurls = unfurls };
}
