using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConfBot.Core.Notes.Written;

/// <summary>
/// Front matter values written as JSON strings, which YAML reads as double-quoted scalars: no title, name or address
/// can break the front matter, and non-Latin text stays readable.
/// </summary>
internal static class YamlScalar
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A value written by <see cref="Quote"/>; one edited by hand without quotes is taken as written.</summary>
    public static string Unquote(string value)
    {
        if (!value.StartsWith('"'))
            return value;
        try
        {
            return JsonSerializer.Deserialize<string>(value, Options) ?? "";
        }
        catch (JsonException)
        {
            return value;
        }
    }
}
