using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfBot.Slack.Events;

/// <summary>The outer Events API body: <c>url_verification</c> or <c>event_callback</c>.</summary>
internal sealed record EventEnvelope
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";

    public required string Type { get; init; }

    public string? Challenge { get; init; }

    public string? EventId { get; init; }

    public string? TeamId { get; init; }

    public string? ApiAppId { get; init; }

    public long? EventTime { get; init; }

    public JsonElement? Event { get; init; }

    /// <summary>What a handler needs is present: url_verification has a challenge, a callback has an id and an event object.</summary>
    [JsonIgnore]
    public bool IsComplete => Type switch
    {
        UrlVerification => !string.IsNullOrEmpty(Challenge),
        EventCallback => !string.IsNullOrEmpty(EventId) && Event is { ValueKind: JsonValueKind.Object },
        _ => true,
    };
}
