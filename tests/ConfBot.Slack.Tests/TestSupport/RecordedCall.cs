using System.Text.Json;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>One request the fake Slack received, and when.</summary>
internal sealed record RecordedCall(string Path, string? Authorization, string Body, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>A field of a form-encoded call (the read methods), null when absent.</summary>
    public string? FormField(string name) => System.Web.HttpUtility.ParseQueryString(Body)[name];

    public string? Field(string name) => Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
