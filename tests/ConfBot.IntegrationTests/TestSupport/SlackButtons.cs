using System.Text.Json;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Finds buttons in a message ConfBot sent, as a user would before clicking one.</summary>
internal static class SlackButtons
{
    /// <summary>The value of the first button with <paramref name="actionId"/> in the message body; fails when there is none.</summary>
    public static string Value(string messageJson, string actionId)
    {
        var blocks = JsonDocument.Parse(messageJson).RootElement.GetProperty("blocks");
        foreach (var block in blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions"))
        {
            foreach (var element in block.GetProperty("elements").EnumerateArray())
            {
                if (element.GetProperty("action_id").GetString() == actionId)
                    return element.GetProperty("value").GetString()!;
            }
        }
        throw new Xunit.Sdk.XunitException($"No {actionId} button in: {messageJson}");
    }
}
