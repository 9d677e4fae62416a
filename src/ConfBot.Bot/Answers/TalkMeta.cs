using ConfBot.Bot.Replies;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Answers;

/// <summary>The line under a talk's title: speakers (company) and where it was given.</summary>
public static class TalkMeta
{
    /// <summary>Empty when the notes name neither.</summary>
    public static IReadOnlyList<string> Parts(Talk talk)
    {
        var by = string.Join(", ", talk.Speakers);
        if (talk.Company is { Length: > 0 } company)
            by = by.Length == 0 ? company : $"{by} ({company})";
        return [.. new[] { by, talk.EventLabel ?? "" }.Where(p => p.Length > 0)];
    }

    /// <summary>A line break and the parts joined, ready to follow a title; nothing when there are no parts.</summary>
    public static RichText Line(Talk talk) =>
        Parts(talk) is { Count: > 0 } parts ? new RichTextBuilder().Line().Text(string.Join("  ·  ", parts)).Build() : RichText.Empty;
}
