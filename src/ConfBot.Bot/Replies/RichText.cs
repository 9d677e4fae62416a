using System.Text;

namespace ConfBot.Bot.Replies;

/// <summary>
/// Formatted text as a list of spans. Note text stays in <see cref="Plain"/> spans, so a surface escapes it once
/// when it renders and no note can ever format, mention or link by itself. Immutable; build with <see cref="RichTextBuilder"/>.
/// </summary>
public sealed record RichText(IReadOnlyList<Span> Spans)
{
    public static RichText Empty { get; } = new([]);

    public bool IsEmpty => Spans.Count == 0;

    public static RichText Of(string plain) => new([new Plain(plain)]);

    public static RichText Bold(string plain) => new([new Strong(plain)]);

    /// <summary>Text in which <c>`backticked`</c> words are something to type, shown as <see cref="Code"/>.</summary>
    public static RichText WithCode(string text)
    {
        var spans = new List<Span>();
        var pieces = text.Split('`');
        // An odd count of pieces means every backtick found its pair; otherwise the last one is left as text.
        var paired = pieces.Length % 2 == 1 ? pieces.Length : pieces.Length - 1;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1 && i < paired)
                spans.Add(new Code(pieces[i]));
            else if (pieces[i].Length > 0)
                spans.Add(new Plain(i == paired ? "`" + pieces[i] : pieces[i]));
        }
        return new([.. SplitLines(spans)]);
    }

    // Plain text keeps its line breaks as spans, so every surface chooses how a new line is written.
    private static IEnumerable<Span> SplitLines(IEnumerable<Span> spans)
    {
        foreach (var span in spans)
        {
            if (span is not Plain plain || !plain.Text.Contains('\n', StringComparison.Ordinal))
            {
                yield return span;
                continue;
            }
            var lines = plain.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                    yield return new LineBreak();
                if (lines[i].Length > 0)
                    yield return new Plain(lines[i]);
            }
        }
    }

    /// <summary>The text without formatting: links as their labels, mentions as @id.</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder();
        foreach (var span in Spans)
            text.Append(span switch
            {
                Plain p => p.Text,
                Strong s => s.Text,
                Emphasis e => e.Text,
                Code c => c.Text,
                Link l => l.Label,
                UserMention m => "@" + m.UserId,
                Emoji e => $":{e.Name}:",
                _ => "\n",
            });
        return text.ToString();
    }
}

/// <summary>One run of <see cref="RichText"/>.</summary>
public abstract record Span;

/// <summary>Text shown as written.</summary>
public sealed record Plain(string Text) : Span;

/// <summary>Bold text.</summary>
public sealed record Strong(string Text) : Span;

/// <summary>Italic text.</summary>
public sealed record Emphasis(string Text) : Span;

/// <summary>Something to type, in a fixed-width font.</summary>
public sealed record Code(string Text) : Span;

/// <summary>A link with a label; a surface shows a URL it cannot open (not web or mail) as text.</summary>
public sealed record Link(string Url, string Label) : Span;

/// <summary>A mention of a chat user by id.</summary>
public sealed record UserMention(string UserId) : Span;

/// <summary>An emoji by its short name, e.g. <c>white_check_mark</c>.</summary>
public sealed record Emoji(string Name) : Span;

/// <summary>A new line within the paragraph.</summary>
public sealed record LineBreak : Span;
