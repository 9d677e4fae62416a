namespace ConfBot.Bot.Answers;

/// <summary>The action ids of the buttons under an answer.</summary>
public static class AnswerActions
{
    /// <summary>Value: the next page's request (<see cref="Requests.PageState"/>).</summary>
    public const string MoreResults = "confbot_more_results";

    /// <summary>Value: the page to post again for everyone (<see cref="Requests.PageState"/>).</summary>
    public const string ShareInChannel = "confbot_share_in_channel";

    /// <summary>Value: the talk id.</summary>
    public const string ShowAllLinks = "confbot_show_all_links";
}
