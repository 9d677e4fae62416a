namespace ConfBot.Slack.Tests;

public sealed class CappedBackoffTests
{
    [Fact]
    public void Waits_double_from_the_base_until_the_ceiling()
    {
        var waits = Enumerable.Range(1, 6).Select(attempt => CappedBackoff.Delay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), attempt).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 10, 10], waits);
    }

    [Fact]
    public void A_very_late_attempt_stays_at_the_ceiling() =>
        Assert.Equal(TimeSpan.FromMinutes(1), CappedBackoff.Delay(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), int.MaxValue));
}
