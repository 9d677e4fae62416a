using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Bot.Slack.Rendering;

/// <summary>
/// How an answer's feedback is drawn, in this one place: a row of 👍 / 👎 buttons, which every Slack surface renders.
/// Slack's <c>context_actions</c> block with <c>feedback_buttons</c> is the native form; once the Block Kit types
/// have it, return that here for the surfaces that draw it. The action ids and the value stay the same, so the
/// click is handled alike.
/// </summary>
public static class FeedbackBlocks
{
    public static IEnumerable<Block> For(ReplyFeedback feedback)
    {
        var value = FeedbackValue.Encode(feedback.Answer);
        return [new ActionsBlock([new ButtonElement("👍", FeedbackActions.Up, value, null), new ButtonElement("👎", FeedbackActions.Down, value, null)])];
    }
}
