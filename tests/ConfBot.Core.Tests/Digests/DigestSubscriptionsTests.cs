using ConfBot.Core.Digests;
using ConfBot.Core.State;

namespace ConfBot.Core.Tests.Digests;

public sealed class DigestSubscriptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_bare_subscription_is_weekdays_at_half_past_nine_in_the_configured_zone()
    {
        var subscription = DigestSubscriptions.Create(new DigestOptions { DefaultTimeZone = "Europe/Berlin" }, "C1", Now);

        Assert.Equal(new DigestSubscription("C1", new TimeOnly(9, 30), "Europe/Berlin", DigestDays.Weekdays, Now), subscription);
    }

    [Fact]
    public void Asked_for_time_zone_and_days_win_over_the_defaults()
    {
        var subscription = DigestSubscriptions.Create(new DigestOptions(), "C1", Now, new TimeOnly(8, 15, 42), "America/New_York", DigestDays.Daily);

        Assert.Equal(new DigestSubscription("C1", new TimeOnly(8, 15), "America/New_York", DigestDays.Daily, Now), subscription);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => DigestSubscriptions.Create(new DigestOptions(), "C1", Now, timeZoneId: "Mars/Olympus_Mons"));
    }

    [Fact]
    public void Options_with_an_unknown_default_time_zone_are_invalid()
    {
        var options = new DigestOptions { DefaultTimeZone = "Mars/Olympus_Mons" };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Single(errors);
    }
}
