using System.Globalization;
using ConfBot.Checklist;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;

namespace ConfBot.Digests;

/// <summary>
/// A digest as a Slack message: talk of the day with its summary and first links, what is new in the notes, and
/// open action points with checklist buttons. Pure; every piece of note text is escaped through <see cref="Mrkdwn"/>.
/// </summary>
internal static class DigestBlocks
{
    public const int SummaryLength = 600;
    public const int LinksShown = 3;

    /// <summary>Action points with buttons; the runner's <see cref="DigestOptions.MaxActionPoints"/> usually picks fewer.</summary>
    public const int ActionPointsShown = 5;

    public static BotReply Render(Digest digest)
    {
        var talk = digest.TalkOfTheDay;
        var blocks = new List<Block>
        {
            new HeaderBlock("Talk of the day"),
            Section($"{Mrkdwn.Bold(talk.Title)}{TalkBlocks.Meta(talk)}"),
        };
        if (talk.Summary is { Length: > 0 } summary)
            blocks.Add(Section(Mrkdwn.Text(SlackText.Truncate(summary, SummaryLength))));
        var links = LinkOrder.ForAnswer(talk.Links).Take(LinksShown).ToList();
        if (links.Count > 0)
            blocks.Add(Section(string.Join("\n", links.Select(l => Mrkdwn.Link(l.Url, LinkLabel.For(l))))));

        if (digest.NewTalks.Count > 0)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(Section("*New in the notes*\n" + string.Join("\n", digest.NewTalks.Select(NewTalk))));
        }

        var points = digest.OpenActionPoints.Take(ActionPointsShown).ToList();
        if (points.Count > 0)
        {
            var message = Checklist(digest, points.Select(p => p.ActionPoint.Id).ToList());
            blocks.Add(new DividerBlock());
            blocks.Add(Section("*Open action points*"));
            for (var i = 0; i < points.Count; i++)
                blocks.AddRange(ActionPointBlocks.Render(points[i], message, i));
        }

        blocks.Add(new ContextBlock([new MrkdwnText($"ConfBot daily digest · {digest.Key.LocalDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}")]));
        return new BotReply(SlackText.Truncate(SlackText.Escape($"Talk of the day: {talk.Title}"), 3000), blocks);
    }

    /// <summary>What the buttons carry to redraw this digest after a click.</summary>
    private static DigestChecklist Checklist(Digest digest, IReadOnlyList<string> actionPointIds) =>
        new(digest.Key.LocalDate, digest.TalkOfTheDay.Id, [.. digest.NewTalks.Select(t => t.Id)], actionPointIds);

    private static string NewTalk(Talk talk)
    {
        var where = talk.Conference is null ? "" : $" — {Mrkdwn.Text(talk.Year is { } year && !talk.Conference.Contains(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $"{talk.Conference} {year}" : talk.Conference)}";
        var title = talk.TalkPage is { } page ? Mrkdwn.Link(page.Url, talk.Title) : Mrkdwn.Text(talk.Title);
        return $"• {title}{where}";
    }

    private static SectionBlock Section(string mrkdwn) => SectionBlock.Mrkdwn(SlackText.Truncate(mrkdwn, BlockKitLimits.SectionText));
}
