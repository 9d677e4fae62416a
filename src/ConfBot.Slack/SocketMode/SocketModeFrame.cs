using System.Text.Json;

namespace ConfBot.Slack.SocketMode;

/// <summary>
/// Any message Slack sends over the socket: <c>hello</c>, <c>disconnect</c> (with <see cref="Reason"/>), or an
/// envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) carrying <see cref="Payload"/>.
/// </summary>
internal sealed record SocketModeFrame
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    public required string Type { get; init; }

    public string? EnvelopeId { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    /// <summary>The same JSON an HTTP request would carry (slash command fields as an object).</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Why Slack is closing the connection: <c>warning</c>, <c>refresh_requested</c> or <c>link_disabled</c>.</summary>
    public string? Reason { get; init; }

    public int? NumConnections { get; init; }

    public int? RetryAttempt { get; init; }
}
