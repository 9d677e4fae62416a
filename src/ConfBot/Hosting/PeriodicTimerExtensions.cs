namespace ConfBot.Hosting;

/// <summary>How the host's timed loops wait: shutdown ends the loop instead of surfacing as a cancellation.</summary>
internal static class PeriodicTimerExtensions
{
    public static async Task<bool> NextTickOrStopAsync(this PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
