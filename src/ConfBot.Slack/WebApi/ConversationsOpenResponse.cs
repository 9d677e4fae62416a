namespace ConfBot.Slack.WebApi;

/// <summary>Reply of <c>conversations.open</c>.</summary>
internal sealed record ConversationsOpenResponse : SlackApiResponse
{
    public OpenedConversation? Channel { get; init; }
}
