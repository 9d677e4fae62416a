using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConfBot.Slack.Serialization;

/// <summary>Lenient reads of Slack payloads: a malformed one yields null for the caller to reject, never an exception.</summary>
internal static class SlackJson
{
    public static T? TryDeserialize<T>(JsonElement element, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return element.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static T? TryDeserialize<T>(string json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
