namespace ConfBot.Slack.WebApi;

/// <summary>A prompt offered in the Messages tab or an assistant thread: <see cref="Title"/> shown, <see cref="Message"/> sent when picked.</summary>
public sealed record SuggestedPrompt(string Title, string Message);
