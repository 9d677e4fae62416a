namespace ConfBot.Slack.Dispatch;

/// <summary>Races work whose result should ride on Slack's ack against the time left before the ack must go.</summary>
internal static class AckDeadline
{
    /// <summary>True when <paramref name="running"/> completed within <paramref name="deadline"/>; it is never cancelled, only left running.</summary>
    public static async Task<bool> FinishesWithinAsync(Task running, TimeSpan deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        // Cancelled as soon as the work is done: otherwise every delivery leaves a timer behind for the whole deadline.
        using var deadlineTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = Task.Delay(deadline, time, deadlineTimer.Token);
        if (await Task.WhenAny(running, timeout) != running)
            return false;
        await deadlineTimer.CancelAsync();
        return true;
    }
}
