using System.Globalization;
using ConfBot.Core.Digests;
using ConfBot.Core.State;

namespace ConfBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DigestSubscription At(string time, string zone, DigestDays days = DigestDays.Weekdays)
        => new("C1", TimeOnly.Parse(time, CultureInfo.InvariantCulture), zone, days, LongAgo);

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-27T12:00:00Z", "2026-03-30T07:30:00Z")] // Friday noon → Monday, after the spring change (CEST)
    [InlineData("2026-10-23T12:00:00Z", "2026-10-26T08:30:00Z")] // Friday noon → Monday, after the autumn change (CET)
    [InlineData("2026-03-30T07:29:59Z", "2026-03-30T07:30:00Z")]
    [InlineData("2026-03-30T07:30:00Z", "2026-03-31T07:30:00Z")]
    public void Next_weekday_digest_in_Berlin_keeps_half_past_nine_local(string after, string expected)
    {
        Assert.Equal(Utc(expected), DigestSchedule.Next(At("09:30", "Europe/Berlin"), Utc(after)).DueAt);
    }

    [Fact]
    public void Daily_digest_in_New_York_is_at_half_past_nine_on_the_day_the_clocks_change()
    {
        var sunday = DigestSchedule.Next(At("09:30", "America/New_York", DigestDays.Daily), Utc("2026-03-08T05:00:00Z"));

        Assert.Equal(new DigestOccurrence(new DateOnly(2026, 3, 8), Utc("2026-03-08T13:30:00Z")), sunday);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_moves_to_the_end_of_the_gap()
    {
        var occurrence = DigestSchedule.On(At("02:30", "Europe/Berlin", DigestDays.Daily), new DateOnly(2026, 3, 29));

        Assert.Equal(Utc("2026-03-29T01:00:00Z"), occurrence!.DueAt); // 03:00 CEST, when the clock jumps
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_taken_the_first_time()
    {
        var occurrence = DigestSchedule.On(At("02:30", "Europe/Berlin", DigestDays.Daily), new DateOnly(2026, 10, 25));

        Assert.Equal(Utc("2026-10-25T00:30:00Z"), occurrence!.DueAt); // 02:30 CEST, before the clock goes back
    }

    [Fact]
    public void Weekday_digests_skip_the_weekend()
    {
        var subscription = At("09:30", "Etc/UTC");

        Assert.Null(DigestSchedule.On(subscription, new DateOnly(2026, 3, 7)));
        Assert.Null(DigestSchedule.On(subscription, new DateOnly(2026, 3, 8)));
        Assert.Equal(new DateOnly(2026, 3, 6), DigestSchedule.Latest(subscription, Utc("2026-03-08T12:00:00Z")).LocalDate);
    }

    [Fact]
    public void Latest_is_todays_once_its_time_has_come_and_yesterdays_before()
    {
        var subscription = At("09:30", "Asia/Tokyo", DigestDays.Daily);

        Assert.Equal(new DateOnly(2026, 3, 3), DigestSchedule.Latest(subscription, Utc("2026-03-03T00:30:00Z")).LocalDate);
        Assert.Equal(new DateOnly(2026, 3, 2), DigestSchedule.Latest(subscription, Utc("2026-03-03T00:29:00Z")).LocalDate);
    }

    [Fact]
    public void The_local_date_is_the_subscribers_not_UTCs()
    {
        // 09:30 in Auckland on Tuesday is still Monday in UTC.
        var occurrence = DigestSchedule.Next(At("09:30", "Pacific/Auckland"), Utc("2026-03-02T12:00:00Z"));

        Assert.Equal(new DigestOccurrence(new DateOnly(2026, 3, 3), Utc("2026-03-02T20:30:00Z")), occurrence);
    }
}
