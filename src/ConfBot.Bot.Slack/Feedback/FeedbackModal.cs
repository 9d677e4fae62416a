using ConfBot.Bot.Feedback;
using ConfBot.Slack;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Views;

namespace ConfBot.Bot.Slack.Feedback;

/// <summary>
/// The "what was missing?" form as a Slack modal: one optional multiline input, and the answer's key as its whole
/// <c>private_metadata</c> (a channel, a message timestamp and 16 hex digits: well within Slack's 3,000). Pure.
/// </summary>
internal static class FeedbackModal
{
    public const string BlockId = "feedback_missing";

    public const string ValueAction = "value";

    public static ModalView Form(FeedbackForm form) =>
        new(FeedbackForm.Title, [
            new InputBlock(FeedbackForm.Label, new PlainTextInputElement(ValueAction) { Multiline = true, MaxLength = FeedbackForm.MaxCommentLength })
            {
                BlockId = BlockId,
                Optional = true,
                Hint = new PlainText(FeedbackForm.Hint),
            },
        ])
        {
            CallbackId = SlackAppIds.FeedbackModal,
            PrivateMetadata = form.AnswerKey,
            Submit = new PlainText("Send"),
            Close = new PlainText("Cancel"),
        };

    /// <summary>The answer the submitted form is about, and what was typed (null when left empty).</summary>
    public static (string? AnswerKey, string? Typed) Read(SubmittedView view) =>
        (view.PrivateMetadata is { Length: > 0 } key ? key : null, view.ValueOf(BlockId, ValueAction));
}
