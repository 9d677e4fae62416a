namespace ConfBot.Bot.Replies;

/// <summary>Builds <see cref="RichText"/> span by span.</summary>
public sealed class RichTextBuilder
{
    private readonly List<Span> _spans = [];

    public bool IsEmpty => _spans.Count == 0;

    public RichTextBuilder Text(string plain) => Add(plain.Length == 0 ? null : new Plain(plain));

    public RichTextBuilder Bold(string plain) => Add(plain.Length == 0 ? null : new Strong(plain));

    public RichTextBuilder Italic(string plain) => Add(plain.Length == 0 ? null : new Emphasis(plain));

    public RichTextBuilder Code(string text) => Add(new Code(text));

    public RichTextBuilder Link(string url, string label) => Add(new Link(url, label));

    public RichTextBuilder Mention(string userId) => Add(new UserMention(userId));

    public RichTextBuilder Emoji(string name) => Add(new Emoji(name));

    public RichTextBuilder Line() => Add(new LineBreak());

    public RichTextBuilder Append(RichText text)
    {
        _spans.AddRange(text.Spans);
        return this;
    }

    /// <summary>Each item on its own line, started with a bullet.</summary>
    public RichTextBuilder Bullets(IEnumerable<RichText> items)
    {
        foreach (var item in items)
        {
            if (!IsEmpty)
                Line();
            Text("• ").Append(item);
        }
        return this;
    }

    public RichText Build() => new([.. _spans]);

    private RichTextBuilder Add(Span? span)
    {
        if (span is not null)
            _spans.Add(span);
        return this;
    }
}
