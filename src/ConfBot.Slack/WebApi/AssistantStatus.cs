namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>assistant.threads.setStatus</c>, e.g. "is looking through the notes…"; an empty status clears it.</summary>
internal sealed record AssistantStatus(string ChannelId, string ThreadTs, string Status);
