using System.Text;
using System.Text.Json;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Every string in a Slack message body, decoded from JSON, so tests see the text Slack would render.</summary>
internal static class SlackMessageText
{
    public static string Of(string json)
    {
        var text = new StringBuilder();
        Collect(JsonDocument.Parse(json).RootElement, text);
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.AppendLine(element.GetString());
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Collect(property.Value, text);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Collect(item, text);
                break;
        }
    }
}
