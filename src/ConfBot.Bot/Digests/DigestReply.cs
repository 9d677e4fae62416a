using System.Globalization;
using ConfBot.Bot.Answers;
using ConfBot.Bot.Checklist;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Digests;

/// <summary>
/// A digest as a message: talk of the day with its summary and first links, what is new in the notes, and open
/// action points with checklist buttons. Pure.
/// </summary>
public static class DigestReply
{
    /// <summary>The digest's heading, and what its feedback says was asked.</summary>
    public const string TalkOfTheDay = "Talk of the day";

    public const int SummaryLength = 600;
    public const int LinksShown = 3;

    /// <summary>Action points with buttons; the runner's <see cref="DigestOptions.MaxActionPoints"/> usually picks fewer.</summary>
    public const int ActionPointsShown = 5;

    public static BotReply Render(Digest digest)
    {
        var talk = digest.TalkOfTheDay;
        var parts = new List<ReplyPart>
        {
            new ReplyHeading(TalkOfTheDay),
            new ReplyParagraph(new RichTextBuilder().Bold(talk.Title).Append(TalkMeta.Line(talk)).Build()),
        };
        if (talk.Summary is { Length: > 0 } summary)
            parts.Add(new ReplyParagraph(RichText.Of(Shorten(summary, SummaryLength))));
        var links = LinkOrder.ForAnswer(talk.Links).Take(LinksShown).ToList();
        if (links.Count > 0)
            parts.Add(new ReplyParagraph(Lines(links.Select(TalkParts.LinkText))));
        // Right under the talk it rates, before the news and the checklist.
        parts.Add(new ReplyFeedback(new ShownAnswer(TalkOfTheDay, BotSurface.Digest, 1, [talk.Id])));

        if (digest.NewTalks.Count > 0)
        {
            parts.Add(new ReplyDivider());
            parts.Add(new ReplyParagraph(new RichTextBuilder().Bold("New in the notes").Bullets(digest.NewTalks.Select(NewTalk)).Build()));
        }

        var points = digest.OpenActionPoints.Take(ActionPointsShown).ToList();
        if (points.Count > 0)
        {
            var message = Checklist(digest, [.. points.Select(p => p.ActionPoint.Id)]);
            parts.Add(new ReplyDivider());
            parts.Add(new ReplyParagraph(RichText.Bold("Open action points")));
            for (var i = 0; i < points.Count; i++)
                parts.AddRange(ActionPointParts.For(points[i], message, i));
        }

        parts.Add(new ReplyNote(RichText.Of($"ConfBot daily digest · {digest.Key.LocalDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}")));
        return new BotReply($"Talk of the day: {talk.Title}", parts)
        {
            Subject = new ReplySubject(ReplyKind.Digest, [.. digest.NewTalks.Prepend(talk).Select(t => t.Id).Distinct(StringComparer.Ordinal)]),
        };
    }

    /// <summary>Cut to <paramref name="length"/> characters with an ellipsis, never inside a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
            return text;
        var cut = length - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut] + "…";
    }

    /// <summary>What the buttons carry to redraw this digest after a click.</summary>
    private static DigestChecklist Checklist(Digest digest, IReadOnlyList<string> actionPointIds) =>
        new(digest.Key.LocalDate, digest.TalkOfTheDay.Id, [.. digest.NewTalks.Select(t => t.Id)], actionPointIds);

    private static RichText NewTalk(Talk talk)
    {
        var text = new RichTextBuilder();
        if (talk.TalkPage is { } page)
            text.Link(page.Url, talk.Title);
        else
            text.Text(talk.Title);
        return talk.EventLabel is { } where ? text.Text($" — {where}").Build() : text.Build();
    }

    private static RichText Lines(IEnumerable<RichText> lines)
    {
        var text = new RichTextBuilder();
        foreach (var line in lines)
        {
            if (!text.IsEmpty)
                text.Line();
            text.Append(line);
        }
        return text.Build();
    }
}
