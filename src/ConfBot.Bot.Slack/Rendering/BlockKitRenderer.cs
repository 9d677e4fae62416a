using ConfBot.Bot.Replies;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Responding;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Rendering;

/// <summary>
/// Draws a <see cref="BotReply"/> in Block Kit, within Slack's limits: text cut to its block's size, and a reply
/// longer than a message allows cut before its end, keeping its closing buttons (<see cref="BlockKitLimits"/>). Pure.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>The notification text: Slack shows at most this much of it.</summary>
    public const int SummaryLength = 3000;

    /// <summary>
    /// The message, with the <see cref="ReplyMetadata"/> of what it shows; the Web API client keeps its total text
    /// within Slack's budget (<see cref="TextBudget"/>).
    /// </summary>
    public static SlackMessage Message(BotReply reply) =>
        new(SlackText.Truncate(SlackText.Escape(reply.Summary), SummaryLength), BlockKitLimits.FitMessage(Blocks(reply))) { Metadata = ReplyMetadata.For(reply.Subject) };

    public static HomeView HomeView(BotReply reply) => new(BlockKitLimits.FitView(Blocks(reply)));

    /// <summary>The preview under a pasted link, held to a message's limits like any message.</summary>
    public static UnfurlPreview Unfurl(BotReply reply) => new(BlockKitLimits.FitMessage(Blocks(reply)));

    public static IReadOnlyList<Block> Blocks(BotReply reply) => [.. reply.Parts.SelectMany(Blocks)];

    private static IEnumerable<Block> Blocks(ReplyPart part) => part switch
    {
        ReplyHeading h => [new HeaderBlock(SlackText.Truncate(h.Text, BlockKitLimits.HeaderText))],
        ReplyParagraph p => Sections(MrkdwnWriter.Write(p.Text)),
        ReplyNote n => [new ContextBlock([new MrkdwnText(SlackText.Truncate(MrkdwnWriter.Write(n.Text), BlockKitLimits.TextObjectText))])],
        ReplyButtons b => [new ActionsBlock([.. b.Buttons.Select(Button)])],
        ReplyFeedback f => FeedbackBlocks.For(f),
        _ => [new DividerBlock()],
    };

    /// <summary>
    /// A paragraph longer than a section holds goes on in further sections, split between lines, so a long list
    /// loses no item to truncation; the message's text budget then shortens it with a count of what was left.
    /// </summary>
    private static IEnumerable<Block> Sections(string mrkdwn)
    {
        var section = new List<string>();
        var length = 0;
        foreach (var line in mrkdwn.Split('\n'))
        {
            if (section.Count > 0 && length + 1 + line.Length > BlockKitLimits.SectionText)
            {
                yield return Section(section);
                (section, length) = ([], 0);
            }
            length += (section.Count > 0 ? 1 : 0) + line.Length;
            section.Add(line);
        }
        yield return Section(section);
    }

    private static SectionBlock Section(List<string> lines) => SectionBlock.Mrkdwn(SlackText.Truncate(string.Join("\n", lines), BlockKitLimits.SectionText));

    private static ButtonElement Button(ReplyButton button) =>
        new(SlackText.Truncate(button.Label, BlockKitLimits.ButtonText), button.ActionId, button.Value, button.Primary ? ButtonStyle.Primary : null);
}
