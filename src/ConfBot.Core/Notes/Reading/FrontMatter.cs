using System.Globalization;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Reads YAML (<c>---</c>) or TOML (<c>+++</c>) front matter and blanks its lines in place,
/// so readers never see it and line numbers in sources stay those of the file.
/// </summary>
internal static class FrontMatter
{
    public static (NoteMetadata Metadata, (int Line, string Reason)? Error) Extract(string[] lines)
    {
        var first = FirstNonBlank(lines);
        if (first < 0)
            return (NoteMetadata.None, null);
        var fence = lines[first].Trim();
        if (fence != "---" && fence != "+++")
            return (NoteMetadata.None, null);

        var end = Array.FindIndex(lines, first + 1, l => l.Trim() == fence);
        if (end < 0)
            return (NoteMetadata.None, (first + 1, $"no closing '{fence}'"));

        var text = string.Join('\n', lines[(first + 1)..end]);
        try
        {
            var fields = fence == "---" ? ParseYaml(text) : ParseToml(text);
            Array.Fill(lines, string.Empty, first, end - first + 1);
            return (ToMetadata(fields), null);
        }
        catch (Exception e) when (e is YamlException or TomlException or InvalidCastException or InvalidOperationException)
        {
            var line = e is YamlException y ? first + 1 + (int)y.Start.Line : first + 1;
            return (NoteMetadata.None, (line, FirstLine(e.Message)));
        }
    }

    private static int FirstNonBlank(string[] lines) => Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static Dictionary<string, object?> ParseYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0)
            return fields;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new YamlException("front matter is not a set of key: value fields");
        foreach (var (key, value) in map.Children)
            fields[key.ToString()] = value switch
            {
                YamlScalarNode s => s.Value,
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? "").ToList(),
                _ => null,
            };
        return fields;
    }

    private static Dictionary<string, object?> ParseToml(string text)
    {
        var table = TomlSerializer.Deserialize<TomlTable>(text) ?? new TomlTable();
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, object> entry in table)
        {
            var (key, value) = (entry.Key, entry.Value);
            fields[key] = value switch
            {
                TomlArray array => array.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList(),
                TomlTable => null,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
        }
        return fields;
    }

    private static NoteMetadata ToMetadata(Dictionary<string, object?> fields)
    {
        string? Text(params string[] keys) =>
            keys.Select(k => fields.GetValueOrDefault(k) as string).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var tags = new List<string>();
        foreach (var key in new[] { "tags", "categories", "keywords" })
            if (fields.GetValueOrDefault(key) is List<string> list)
                tags.AddRange(list);

        return new NoteMetadata(
            Text("title", "linktitle"),
            Text("conference", "event"),
            ParseDate(Text("date", "publishDate")),
            Text("author", "authors"),
            tags);
    }

    private static DateOnly? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime)
            : null;
}
