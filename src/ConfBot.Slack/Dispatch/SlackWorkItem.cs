namespace ConfBot.Slack.Dispatch;

/// <summary>Handler work that runs after Slack has been acked.</summary>
internal sealed record SlackWorkItem(string Name, Func<CancellationToken, Task> Work);
