using ConfBot.Core.State;

namespace ConfBot.Core.Digests;

/// <summary>Makes a channel's subscription from what it asked for, filling the rest from <see cref="DigestOptions"/>.</summary>
public static class DigestSubscriptions
{
    /// <summary>
    /// A subscription for <paramref name="channelId"/> starting at <paramref name="now"/>: at <paramref name="localTime"/>
    /// (default <see cref="DigestOptions.DefaultTime"/>) in <paramref name="timeZoneId"/> (default
    /// <see cref="DigestOptions.DefaultTimeZone"/>), on weekdays unless <paramref name="days"/> says otherwise.
    /// Throws <see cref="TimeZoneNotFoundException"/> for an unknown time zone, so the caller can say so.
    /// </summary>
    public static DigestSubscription Create(
        DigestOptions options, string channelId, DateTimeOffset now, TimeOnly? localTime = null, string? timeZoneId = null, DigestDays days = DigestDays.Weekdays)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId ?? options.DefaultTimeZone);
        var time = localTime ?? options.DefaultTime;
        // Minute precision: that is what a subscriber can say and what the store keeps.
        return new DigestSubscription(channelId, new TimeOnly(time.Hour, time.Minute), zone.Id, days, now);
    }
}
