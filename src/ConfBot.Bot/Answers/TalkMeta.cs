using ConfBot.Bot.Replies;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Answers;

/// <summary>The line under a talk's title: speakers (company) and where it was given.</summary>
public static class TalkMeta
{
    /// <summary>Every part, for a reply that says who gave the talk; empty when the notes name neither.</summary>
    public static IReadOnlyList<string> Parts(Talk talk) => Parts(talk, talk.Speakers, talk.Company);

    /// <summary>
    /// The parts a line right after the title adds: what the title already carries ("Nick Walker (Vend): …") is not
    /// said again.
    /// </summary>
    public static IReadOnlyList<string> AfterTitle(Talk talk)
    {
        var speakers = talk.SpeakersNotInTitle;
        // The company goes with the speakers: dropped only when the title carries the whole byline.
        var bylineInTitle = speakers.Count == 0 && talk.Company is { } company && talk.Title.Contains(company, StringComparison.OrdinalIgnoreCase);
        return Parts(talk, speakers, bylineInTitle ? null : talk.Company);
    }

    /// <summary>A line break and <see cref="AfterTitle"/> joined, ready to follow a title; nothing when there are no parts.</summary>
    public static RichText Line(Talk talk) =>
        AfterTitle(talk) is { Count: > 0 } parts ? new RichTextBuilder().Line().Text(string.Join("  ·  ", parts)).Build() : RichText.Empty;

    private static IReadOnlyList<string> Parts(Talk talk, IReadOnlyList<string> speakers, string? company)
    {
        var by = string.Join(", ", speakers);
        if (company is { Length: > 0 })
            by = by.Length == 0 ? company : $"{by} ({company})";
        return [.. new[] { by, talk.EventLabel ?? "" }.Where(p => p.Length > 0)];
    }
}
