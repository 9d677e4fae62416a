using ConfBot.Core.Answers;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Rendering;

/// <summary>The blocks for one talk of an answer: title and who/where, points, links, action points, sources, a button.</summary>
internal static class TalkBlocks
{
    public static List<Block> Render(AnswerHit hit, int rank, AnswerFocus focus)
    {
        var talk = hit.Talk;
        var blocks = new List<Block> { Section($"*{rank}.* {Mrkdwn.Bold(talk.Title)}{Meta(talk)}") };

        var points = focus switch
        {
            AnswerFocus.Talk => talk.KeyPoints.Count > 0 ? talk.KeyPoints.Select(Mrkdwn.Text) : hit.Highlights.Select(Mrkdwn.Highlighted),
            AnswerFocus.Answer => hit.Highlights.Select(Mrkdwn.Highlighted),
            _ => [],
        };
        AddList(blocks, null, points);

        // Ordered again because a hit built outside the answer composer may carry the talk's links as written.
        var links = LinkOrder.ForAnswer(hit.Links.Count > 0 ? hit.Links : talk.Links);
        var shownLinks = focus is AnswerFocus.Answer ? links.Take(LinkOrder.InAnswer).ToList() : links;
        AddList(blocks, null, shownLinks.Select(l => Mrkdwn.Link(l.Url, LinkLabel.For(l))));
        if (focus is AnswerFocus.Links && links.Count == 0)
            blocks.Add(Section("_No links in the notes for this talk._"));

        AddList(blocks, "*Action points*", talk.ActionPoints.Select(a => Mrkdwn.Text(a.Text)));

        var sources = SourceReference.Summary(hit.Sources, s => s.Url is null ? Mrkdwn.Bold(s.Name) : Mrkdwn.Link(s.Url, s.Name), Mrkdwn.Text);
        if (sources.Length > 0)
            blocks.Add(new ContextBlock([new MrkdwnText(sources)]));
        if (links.Count > shownLinks.Count)
            blocks.Add(new ActionsBlock([new ButtonElement(LinkLabel.More(links.Count - shownLinks.Count), AnswerActions.ShowAllLinks, talk.Id)]));
        return blocks;
    }

    /// <summary>The second line under a talk title: speakers (company) and conference, escaped; empty when the notes name neither.</summary>
    internal static string Meta(Talk talk)
    {
        var by = string.Join(", ", talk.Speakers);
        if (talk.Company is { Length: > 0 } company)
            by = by.Length == 0 ? company : $"{by} ({company})";
        var where = talk.Conference is null ? "" : talk.Year is { } year && !talk.Conference.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? $"{talk.Conference} {year}"
            : talk.Conference;
        var parts = new[] { by, where }.Where(p => p.Length > 0).Select(Mrkdwn.Text).ToList();
        return parts.Count == 0 ? "" : "\n" + string.Join("  ·  ", parts);
    }

    private static void AddList(List<Block> blocks, string? heading, IEnumerable<string> items)
    {
        var lines = items.Select(i => "• " + i).ToList();
        if (lines.Count == 0)
            return;
        var text = string.Join("\n", heading is null ? lines : lines.Prepend(heading));
        blocks.Add(Section(text));
    }

    private static SectionBlock Section(string mrkdwn) => SectionBlock.Mrkdwn(SlackText.Truncate(mrkdwn, BlockKitLimits.SectionText));
}
