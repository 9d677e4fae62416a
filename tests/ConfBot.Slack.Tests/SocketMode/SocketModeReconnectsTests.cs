using ConfBot.Slack.SocketMode;

namespace ConfBot.Slack.Tests.SocketMode;

public sealed class SocketModeReconnectsTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Moment = TimeSpan.FromSeconds(2);

    [Fact]
    public void A_refresh_of_a_healthy_connection_reconnects_at_once()
    {
        var reconnects = new SocketModeReconnects(Base, Ceiling, () => 1);

        Assert.Equal(TimeSpan.Zero, reconnects.Next(SocketModeSessionEnd.Refresh, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Refreshes_soon_after_connecting_wait_longer_each_time_up_to_the_ceiling()
    {
        var reconnects = new SocketModeReconnects(Base, Ceiling, () => 1);

        var waits = Enumerable.Range(0, 10).Select(_ => reconnects.Next(SocketModeSessionEnd.Refresh, Moment).TotalSeconds).ToList();

        Assert.Equal([0, 1, 2, 4, 8, 16, 32, 60, 60, 60], waits);
    }

    [Fact]
    public void A_storm_of_disconnects_opens_at_most_a_few_connections_a_minute_whatever_the_jitter()
    {
        var reconnects = new SocketModeReconnects(Base, Ceiling, () => 0);
        var elapsed = TimeSpan.Zero;
        var opened = new List<TimeSpan>();

        while (elapsed < TimeSpan.FromMinutes(10))
        {
            opened.Add(elapsed);
            elapsed += reconnects.Next(SocketModeSessionEnd.Refresh, TimeSpan.Zero) + TimeSpan.FromMilliseconds(1);
        }

        Assert.True(opened.Count(t => t < TimeSpan.FromMinutes(1)) <= 8, string.Join(", ", opened));
        Assert.True(opened.Count(t => t >= TimeSpan.FromMinutes(9)) <= 2, string.Join(", ", opened));
    }

    [Fact]
    public void Jitter_keeps_each_wait_between_half_and_all_of_its_ceiling()
    {
        var random = new Random(7);
        var reconnects = new SocketModeReconnects(Base, Ceiling, random.NextDouble);

        for (var failures = 1; failures <= 8; failures++)
        {
            var ceiling = Math.Min(Base.TotalSeconds * Math.Pow(2, failures - 1), Ceiling.TotalSeconds);
            var wait = reconnects.Next(SocketModeSessionEnd.Failed, TimeSpan.Zero).TotalSeconds;
            Assert.InRange(wait, ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void A_connection_that_stayed_up_a_minute_starts_the_count_again()
    {
        var reconnects = new SocketModeReconnects(Base, Ceiling, () => 1);
        for (var i = 0; i < 6; i++)
            reconnects.Next(SocketModeSessionEnd.Failed, TimeSpan.Zero);

        Assert.Equal(Base, reconnects.Next(SocketModeSessionEnd.Dropped, SocketModeReconnects.Healthy));
    }
}
