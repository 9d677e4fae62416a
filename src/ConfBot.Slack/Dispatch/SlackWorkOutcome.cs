namespace ConfBot.Slack.Dispatch;

/// <summary>How <see cref="SlackWorker"/> finished a work item.</summary>
internal enum SlackWorkOutcome
{
    Completed,

    /// <summary>It threw; logged by the worker.</summary>
    Failed,

    /// <summary>Cut short because the shutdown timeout ran out.</summary>
    Abandoned,
}
