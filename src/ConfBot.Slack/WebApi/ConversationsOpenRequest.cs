namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>conversations.open</c>: comma-separated user ids, one for a 1:1 DM.</summary>
internal sealed record ConversationsOpenRequest(string Users);
