using System.Globalization;
using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Reads YAML (<c>---</c>), TOML (<c>+++</c>) or JBake (<c>key=value</c> lines closed by <c>~~~~~~</c>) front matter and blanks its lines in place,
/// so readers never see it and line numbers in sources stay those of the file.
/// Front matter is never a reason to drop a note: what a strict parser rejects is read leniently, as the static
/// site generators that wrote it do, and what cannot be read at all is left out; each with a warning.
/// </summary>
internal static partial class FrontMatter
{
    public static (NoteMetadata Metadata, IReadOnlyList<(int Line, string Reason)> Warnings) Extract(string[] lines)
    {
        var first = FirstNonBlank(lines);
        if (first < 0)
            return (NoteMetadata.None, []);
        var fence = lines[first].Trim();
        if (fence != "---" && fence != "+++")
            return (JBakeHeader(lines, first), []);

        var end = Array.FindIndex(lines, first + 1, l => l.Trim() == fence);
        if (end < 0)
            return (NoteMetadata.None, [(first + 1, $"front matter has no closing '{fence}', so it is read as text")]);

        var text = string.Join('\n', lines[(first + 1)..end]);
        Array.Fill(lines, string.Empty, first, end - first + 1);
        var warnings = new List<(int Line, string Reason)>();
        try
        {
            var fields = fence == "---" ? ParseYaml(text, first + 1, warnings) : ParseToml(text);
            return (ToMetadata(fields), warnings);
        }
        catch (Exception e) when (e is YamlException or TomlException or InvalidCastException or InvalidOperationException)
        {
            var line = e is YamlException y ? first + 1 + (int)y.Start.Line : first + 1;
            return (NoteMetadata.None, [(line, $"front matter left out ({FirstLine(e.Message)})")]);
        }
    }

    /// <summary>
    /// JBake's header: <c>key=value</c> lines closed by a line of tildes, which Markdown would otherwise take for the
    /// opening of a code block holding the whole note.
    /// </summary>
    private static NoteMetadata JBakeHeader(string[] lines, int first)
    {
        var end = first;
        while (end < lines.Length && JBakeField().IsMatch(lines[end]))
            end++;
        if (end == first || end >= lines.Length || !JBakeClose().IsMatch(lines[end]))
            return NoteMetadata.None;
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[first..end])
        {
            var (key, value) = (line[..line.IndexOf('=')].Trim(), line[(line.IndexOf('=') + 1)..].Trim());
            fields[key] = key.Equals("tags", StringComparison.OrdinalIgnoreCase)
                ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : value;
        }
        Array.Fill(lines, string.Empty, first, end - first + 1);
        return ToMetadata(fields);
    }

    private static int FirstNonBlank(string[] lines) => Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>
    /// Reads the YAML's events rather than its document model, which rejects a repeated key: the last one wins, as in
    /// Jekyll. YAML forbids tabs for indentation; a front matter that fails with them is read again with spaces.
    /// </summary>
    private static Dictionary<string, object?> ParseYaml(string text, int fenceLine, List<(int Line, string Reason)> warnings)
    {
        try
        {
            return ReadYamlFields(text, fenceLine, warnings);
        }
        catch (YamlException) when (text.Contains('\t'))
        {
            warnings.Clear();
            var fields = ReadYamlFields(text.Replace("\t", "    "), fenceLine, warnings);
            var tabLine = fenceLine + 1 + text[..text.IndexOf('\t')].Count(c => c == '\n');
            warnings.Insert(0, (tabLine, "front matter read leniently (tabs read as spaces)"));
            return fields;
        }
    }

    private static Dictionary<string, object?> ReadYamlFields(string text, int fenceLine, List<(int Line, string Reason)> warnings)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
            return fields;
        parser.Consume<DocumentStart>();
        if (parser.TryConsume<DocumentEnd>(out _))
            return fields;
        if (!parser.TryConsume<MappingStart>(out _))
            throw new YamlException("front matter is not a set of key: value fields");
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                continue;
            }
            if (fields.ContainsKey(key.Value))
                warnings.Add((fenceLine + (int)key.Start.Line, $"front matter read leniently (duplicate key '{key.Value}', the last one is used)"));
            fields[key.Value] = ReadYamlValue(parser);
        }
        return fields;
    }

    private static object? ReadYamlValue(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
            return scalar.Value;
        if (!parser.TryConsume<SequenceStart>(out _))
        {
            parser.SkipThisAndNestedEvents();
            return null;
        }
        var items = new List<string>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (parser.TryConsume<Scalar>(out var item))
                items.Add(item.Value);
            else
                parser.SkipThisAndNestedEvents();
        }
        return items;
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
            tags)
        {
            Speakers = List(fields, "speakers", "speaker"),
            // Without links, the same empty list as metadata that never had the field, so the two compare equal.
            Links = List(fields, "links") is { Count: > 0 } links ? links : Array.Empty<string>(),
            Year = int.TryParse(Text("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
        };
    }

    /// <summary>A field written as a list or as one value; null when none of <paramref name="keys"/> is present.</summary>
    private static List<string>? List(Dictionary<string, object?> fields, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!fields.TryGetValue(key, out var value))
                continue;
            return value switch
            {
                List<string> list => list.Select(v => v.Trim()).Where(v => v.Length > 0).ToList(),
                string text when !string.IsNullOrWhiteSpace(text) => [text.Trim()],
                _ => [],
            };
        }
        return null;
    }

    /// <summary>A date as front matter and document headers write it; null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime)
            : null;

    [GeneratedRegex(@"^[A-Za-z][\w.-]*=")]
    private static partial Regex JBakeField();

    [GeneratedRegex(@"^~{3,}\s*$")]
    private static partial Regex JBakeClose();
}
