using ConfBot.Core.Answers;
using ConfBot.Core.Talks;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Replies;

namespace ConfBot.Slack.Rendering;

/// <summary>The "N more links" reply: every link of one talk, talk page, slides and video first.</summary>
internal static class AllLinksBlocks
{
    public static BotReply Render(Talk? talk)
    {
        if (talk is null)
            return new BotReply("That talk is no longer in the notes.", [SectionBlock.Mrkdwn("That talk is no longer in the notes.")]);
        var links = LinkOrder.ForAnswer(talk.Links);
        var lines = links.Count == 0 ? "_No links in the notes for this talk._" : string.Join("\n", links.Select(l => "• " + Mrkdwn.Link(l.Url, LinkLabel.For(l))));
        return new BotReply(
            SlackText.Escape($"{links.Count} links for {talk.Title}"),
            [SectionBlock.Mrkdwn(Mrkdwn.Bold($"Links for {talk.Title}")), SectionBlock.Mrkdwn(SlackText.Truncate(lines, BlockKitLimits.SectionText))]);
    }
}
