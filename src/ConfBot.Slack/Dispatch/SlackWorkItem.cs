using System.Diagnostics;

namespace ConfBot.Slack.Dispatch;

/// <summary>Handler work that runs after Slack has been acked.</summary>
/// <param name="Parent">The span that queued it (the Slack request's), so the work's span continues its trace.</param>
internal sealed record SlackWorkItem(string Name, Func<CancellationToken, Task> Work, ActivityContext Parent);
