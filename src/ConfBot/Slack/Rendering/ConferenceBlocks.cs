using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Replies;

namespace ConfBot.Slack.Rendering;

/// <summary>What the notes cover: conferences, years and talk counts.</summary>
internal static class ConferenceBlocks
{
    public static BotReply Render(IReadOnlyList<ConferenceCount> conferences)
    {
        if (conferences.Count == 0)
            return new BotReply("No notes are indexed yet.", [SectionBlock.Mrkdwn("No notes are indexed yet.")]);
        var total = conferences.Sum(c => c.Talks);
        var summary = $"{total} talk{(total == 1 ? "" : "s")} from {conferences.Count} conference{(conferences.Count == 1 ? "" : "s")}";
        return new BotReply(SlackText.Escape(summary), [SectionBlock.Mrkdwn($"*The notes cover {summary}:*"), SectionBlock.Mrkdwn(SlackText.Truncate(List(conferences), BlockKitLimits.SectionText))]);
    }

    /// <summary>One bullet per conference and year.</summary>
    public static string List(IReadOnlyList<ConferenceCount> conferences) =>
        string.Join("\n", conferences.Select(c => $"• {Mrkdwn.Bold(c.Name)} — {c.Talks} talk{(c.Talks == 1 ? "" : "s")}"));
}
