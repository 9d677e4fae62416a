using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ConfBot.Slack.Http;

/// <summary>Decodes verified request bodies; malformed input yields null, never an exception.</summary>
internal static class FormBody
{
    public static Dictionary<string, StringValues> ParseForm(byte[] body) => QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    /// <summary>The field's value, or null when absent or empty.</summary>
    public static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) ? values.ToString() : null;

    public static JsonElement? ParseJson(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
