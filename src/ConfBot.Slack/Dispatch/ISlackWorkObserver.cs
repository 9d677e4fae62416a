namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Told each time <see cref="SlackWorker"/> finishes an item, however it ended: work done after the ack is
/// otherwise invisible, to Slack and to anyone checking that something did not happen. Called on the worker's
/// thread, so an observer must be quick and must not throw.
/// </summary>
internal interface ISlackWorkObserver
{
    void OnFinished(SlackWorkItem item, SlackWorkOutcome outcome);
}
