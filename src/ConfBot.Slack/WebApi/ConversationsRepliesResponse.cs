namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>conversations.replies</c>: one page of a thread and the cursor to the next.</summary>
internal sealed record ConversationsRepliesResponse : SlackApiResponse
{
    public IReadOnlyList<ThreadMessage> Messages { get; init; } = [];

    public bool HasMore { get; init; }

    public ResponseMetadata? ResponseMetadata { get; init; }
}
