using System.Globalization;
using System.Text;
using ConfBot.Core.Talks.Building;

namespace ConfBot.Core.Notes.Written;

/// <summary>
/// A written note as a file a team can keep in its notes folder: the note's own text under front matter that holds a
/// <c>confbot:</c> block (id, author, created, updated, source, file). The notes reader skips that nested block, so the
/// file reads exactly as the note did; importing takes the block out again and restores the note byte for byte.
/// </summary>
public static class WrittenNoteFile
{
    private const string Fence = "---";
    private const string Block = "confbot:";
    private const string Indent = "  ";

    /// <summary>A safe file name, unique by the note's id: the talk's title (or the note's file name) as a slug, the id and the reader's extension.</summary>
    public static string FileName(WrittenNote note)
    {
        var label = NoteDraftMarkdown.Read(note.Content)?.Title ?? Path.GetFileNameWithoutExtension(note.FileName);
        var extension = Path.GetExtension(note.FileName) is { Length: > 0 } e ? e.ToLowerInvariant() : ".txt";
        return $"{TalkIds.Slug(label, 40)}--{note.Id}{extension}";
    }

    public static string Write(WrittenNote note)
    {
        var block = new StringBuilder(Block).Append('\n');
        void Field(string key, string? value)
        {
            if (value is not null)
                block.Append(Indent).Append(key).Append(": ").Append(YamlScalar.Quote(value)).Append('\n');
        }
        Field("id", note.Id);
        Field("author", note.AuthorId);
        Field("created", note.Created.ToString("O", CultureInfo.InvariantCulture));
        Field("updated", note.Updated.ToString("O", CultureInfo.InvariantCulture));
        Field("source", note.Source.Kind.ToString().ToLowerInvariant());
        Field("reference", note.Source.Reference);
        Field("file", note.FileName);
        // Into the note's own front matter when it has one (one block of front matter per file), else in a new one.
        return StartsWithFence(note.Content, out var afterFence)
            ? $"{Fence}\n{block}{note.Content[afterFence..]}"
            : $"{Fence}\n{block}{Fence}\n{note.Content}";
    }

    /// <summary>The note a file written by <see cref="Write"/> holds, or why it holds none.</summary>
    public static (WrittenNote? Note, string? Problem) Read(string text)
    {
        if (!StartsWithFence(text, out var at) || !text[at..].StartsWith(Block + "\n", StringComparison.Ordinal))
            return (null, "no confbot: block in its front matter, so it is not an exported note");
        at += Block.Length + 1;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (at < text.Length && text[at..].StartsWith(Indent, StringComparison.Ordinal))
        {
            var end = text.IndexOf('\n', at) is var newline and >= 0 ? newline + 1 : text.Length;
            var line = text[(at + Indent.Length)..end].TrimEnd();
            var colon = line.IndexOf(':');
            if (colon > 0)
                fields[line[..colon].Trim()] = YamlScalar.Unquote(line[(colon + 1)..].Trim());
            at = end;
        }
        var rest = text[at..];
        // A fence closing right after the block is the one Write added; otherwise the note's own front matter goes on.
        var content = StartsWithFence(rest, out var afterClose) ? rest[afterClose..] : $"{Fence}\n{rest}";
        string? Get(string key) => fields.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        if (Get("id") is not { } id || Get("author") is not { } author || Get("file") is not { } file)
            return (null, "its confbot: block lacks id, author or file");
        if (!DateTimeOffset.TryParse(Get("created"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created)
            || !DateTimeOffset.TryParse(Get("updated"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var updated))
            return (null, "its confbot: block has no valid created and updated times");
        if (!Enum.TryParse<WrittenNoteSourceKind>(Get("source"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return (null, $"its source '{Get("source")}' is none of modal, message, file");
        return (new WrittenNote(id, author, created, updated, new WrittenNoteSource(kind, Get("reference")), file, content), null);
    }

    private static bool StartsWithFence(string text, out int afterFence)
    {
        afterFence = Fence.Length + 1;
        return text.StartsWith(Fence + "\n", StringComparison.Ordinal);
    }
}
