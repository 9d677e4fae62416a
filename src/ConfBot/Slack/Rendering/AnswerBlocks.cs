using ConfBot.Core.Answers;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;

namespace ConfBot.Slack.Rendering;

/// <summary>
/// Renders one page of an answer as Block Kit. Pure: the same answer and view give the same blocks. Talks that
/// would push the message past Slack's 50 blocks are left for the "More results" button instead.
/// </summary>
internal static class AnswerBlocks
{
    private const int FooterBlocks = 1;

    public static BotReply Render(Answer answer, AnswerView view)
    {
        if (!answer.Found)
            return NothingFound(answer, view);

        var blocks = new List<Block> { SectionBlock.Mrkdwn(SlackText.Truncate(Heading(answer, view), BlockKitLimits.SectionText)) };
        if (view.SharedBy is { } user && IsUserId(user))
            blocks.Add(new ContextBlock([new MrkdwnText($"Shared by <@{user}>")]));

        var shown = 0;
        foreach (var hit in answer.Hits)
        {
            var talk = TalkBlocks.Render(hit, view.Page.Offset + shown + 1, view.Focus);
            if (blocks.Count + 1 + talk.Count + FooterBlocks > BlockKitLimits.MessageBlocks)
                break;
            blocks.Add(new DividerBlock());
            blocks.AddRange(talk);
            shown++;
        }

        var hasMore = view.HasMore || shown < answer.Hits.Count;
        if (Footer(view, hasMore, shown) is { } footer)
            blocks.Add(footer);
        return new BotReply(Fallback(answer, shown), blocks);
    }

    private static string Heading(Answer answer, AnswerView view)
    {
        var asked = Mrkdwn.Text(view.Page.Request.Argument);
        var heading = view.Focus switch
        {
            AnswerFocus.Talk => "Here is the talk:",
            AnswerFocus.Links => $"Links for talks about “{asked}”:",
            _ when view.Page.Request.Kind == CommandKind.Speaker => $"Talks by {asked}:",
            _ => $"Talks that answer “{asked}”:",
        };
        if (answer.Corrections.Count > 0)
            heading += $"\n_Reading {string.Join(", ", answer.Corrections.Select(c => $"“{Mrkdwn.Text(c.Key)}” as “{Mrkdwn.Text(c.Value)}”"))}._";
        return heading;
    }

    private static ActionsBlock? Footer(AnswerView view, bool hasMore, int shown)
    {
        var buttons = new List<BlockElement>();
        if (hasMore)
            buttons.Add(new ButtonElement("More results", AnswerActions.MoreResults, (view.Page with { Offset = view.Page.Offset + shown }).Encode()));
        if (view.Shareable)
            buttons.Add(new ButtonElement("Share in channel", AnswerActions.ShareInChannel, view.Page.Encode(), ButtonStyle.Primary));
        return buttons.Count == 0 ? null : new ActionsBlock(buttons);
    }

    private static BotReply NothingFound(Answer answer, AnswerView view)
    {
        var asked = Mrkdwn.Text(view.Page.Request.Argument);
        var text = view.Page.Offset > 0
            ? $"No more talks for “{asked}”."
            : $"Nothing in the notes answers “{asked}” well.";
        if (view.Page.Offset == 0)
            text += answer.Suggestions.Count > 0
                ? $"\nClose words in the notes: {string.Join(", ", answer.Suggestions.Select(Mrkdwn.Text))}."
                : "\nTry other words, or ask for `help`.";
        return new BotReply(SlackText.Truncate(text, 3000), [SectionBlock.Mrkdwn(SlackText.Truncate(text, BlockKitLimits.SectionText))]);
    }

    /// <summary>The notification text: escaped, since Slack reads mentions in it too.</summary>
    private static string Fallback(Answer answer, int shown)
    {
        var titles = string.Join("; ", answer.Hits.Take(shown).Select(h => h.Talk.Title));
        return SlackText.Truncate(SlackText.Escape($"{shown} talk{(shown == 1 ? "" : "s")}: {titles}"), 3000);
    }

    private static bool IsUserId(string id) => id.Length is > 1 and < 32 && id.All(char.IsAsciiLetterOrDigit) && id[0] is 'U' or 'W';
}
