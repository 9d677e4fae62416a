namespace ConfBot.Slack.Rendering;

/// <summary>The <c>action_id</c>s of ConfBot's answer buttons.</summary>
internal static class AnswerActions
{
    /// <summary>Value: <see cref="PageState"/> of the next page.</summary>
    public const string MoreResults = "confbot_more_results";

    /// <summary>Value: <see cref="PageState"/> of the page to re-post for everyone.</summary>
    public const string ShareInChannel = "confbot_share_in_channel";

    /// <summary>Value: the talk id.</summary>
    public const string ShowAllLinks = "confbot_show_all_links";
}
