namespace ConfBot.Bot.Feedback;

/// <summary>The action ids of the feedback buttons; their value is <see cref="FeedbackValue"/>.</summary>
public static class FeedbackActions
{
    public const string Up = "confbot_feedback_up";

    public const string Down = "confbot_feedback_down";
}
