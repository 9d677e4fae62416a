namespace ConfBot.Slack.Rendering;

/// <summary>How to render one page of an answer.</summary>
/// <param name="Page">The request and the rank of the first hit shown; "More results" continues from here.</param>
/// <param name="HasMore">More hits exist after this page.</param>
internal sealed record AnswerView(PageState Page, AnswerFocus Focus, bool HasMore)
{
    /// <summary>Only the asker sees the answer, so offer to share it with the channel.</summary>
    public bool Shareable { get; init; }

    /// <summary>The Slack user id that shared this answer into the channel, if it was shared.</summary>
    public string? SharedBy { get; init; }
}
