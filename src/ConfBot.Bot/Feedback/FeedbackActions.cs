namespace ConfBot.Bot.Feedback;

/// <summary>The action ids of the feedback buttons; the votes' value is <see cref="FeedbackValue"/>.</summary>
public static class FeedbackActions
{
    public const string Up = "confbot_feedback_up";

    public const string Down = "confbot_feedback_down";

    /// <summary>"Tell us what was missing" under the thanks for a 👎; its value is the answer's key.</summary>
    public const string Comment = "confbot_feedback_comment";
}
