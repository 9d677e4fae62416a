namespace ConfBot.Slack.WebApi;

/// <summary>The conversation in a <c>conversations.open</c> reply.</summary>
internal sealed record OpenedConversation(string Id);
