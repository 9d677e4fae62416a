using ConfBot.Bot.Replies;
using ConfBot.Core.Answers;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Answers;

/// <summary>One talk of an answer: title and who/where, points, links, action points, sources, a links button.</summary>
public static class TalkParts
{
    public static IReadOnlyList<ReplyPart> For(AnswerHit hit, int rank, AnswerFocus focus)
    {
        var talk = hit.Talk;
        var parts = new List<ReplyPart> { Paragraph(new RichTextBuilder().Bold($"{rank}.").Text(" ").Bold(talk.Title).Append(TalkMeta.Line(talk))) };

        var points = focus switch
        {
            AnswerFocus.Talk => talk.KeyPoints.Count > 0 ? talk.KeyPoints.Select(RichText.Of) : hit.Highlights.Select(Highlights.Read),
            AnswerFocus.Answer => hit.Highlights.Select(Highlights.Read),
            _ => [],
        };
        AddList(parts, null, points);

        // Ordered again because a hit built outside the answer composer may carry the talk's links as written.
        var links = LinkOrder.ForAnswer(hit.Links.Count > 0 ? hit.Links : talk.Links);
        var shownLinks = focus is AnswerFocus.Answer ? links.Take(LinkOrder.InAnswer).ToList() : links;
        AddList(parts, null, shownLinks.Select(LinkText));
        if (focus is AnswerFocus.Links && links.Count == 0)
            parts.Add(Paragraph(new RichTextBuilder().Italic("No links in the notes for this talk.")));

        AddList(parts, "Action points", talk.ActionPoints.Select(a => RichText.Of(a.Text)));

        var sources = SourceReference.Summary<Span>(hit.Sources, s => s.Url is null ? new Strong(s.Name) : new Link(s.Url, s.Name), t => new Plain(t), id => new UserMention(id));
        if (sources.Count > 0)
            parts.Add(new ReplyNote(new RichText(sources)));
        if (links.Count > shownLinks.Count)
            parts.Add(new ReplyButtons([new ReplyButton(LinkLabel.More(links.Count - shownLinks.Count), AnswerActions.ShowAllLinks, talk.Id)]));
        return parts;
    }

    public static RichText LinkText(TalkLink link) => new([new Link(link.Url, LinkLabel.For(link))]);

    private static void AddList(List<ReplyPart> parts, string? heading, IEnumerable<RichText> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
            return;
        var text = new RichTextBuilder();
        if (heading is not null)
            text.Bold(heading);
        parts.Add(Paragraph(text.Bullets(list)));
    }

    private static ReplyParagraph Paragraph(RichTextBuilder text) => new(text.Build());
}
