using System.Text.Json;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>One request the fake Slack received.</summary>
internal sealed record RecordedCall(string Path, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
