using ConfBot.Core.State;

namespace ConfBot.Core.Digests;

/// <summary>
/// When a subscription's digests are due, in UTC. The local time is kept across daylight-saving changes (a 09:30
/// digest is at 09:30 local on both sides); a local time that does not exist that day (the spring-forward gap) moves
/// to the end of the gap, and one that happens twice (fall-back) is taken at its first occurrence.
/// </summary>
public static class DigestSchedule
{
    // A week holds at least one weekday, so eight days either way always find an occurrence.
    private const int SearchDays = 8;

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public static DigestOccurrence Next(DigestSubscription subscription, DateTimeOffset after)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZoneId);
        var today = Today(zone, after);
        for (var day = today.AddDays(-1); day <= today.AddDays(SearchDays); day = day.AddDays(1))
        {
            var occurrence = On(subscription, zone, day);
            if (occurrence is not null && occurrence.DueAt > after)
                return occurrence;
        }
        throw new InvalidOperationException($"No digest day within {SearchDays} days for {subscription.ChannelId}.");
    }

    /// <summary>The latest occurrence at or before <paramref name="now"/>.</summary>
    public static DigestOccurrence Latest(DigestSubscription subscription, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZoneId);
        var today = Today(zone, now);
        for (var day = today.AddDays(1); day >= today.AddDays(-SearchDays); day = day.AddDays(-1))
        {
            var occurrence = On(subscription, zone, day);
            if (occurrence is not null && occurrence.DueAt <= now)
                return occurrence;
        }
        throw new InvalidOperationException($"No digest day within {SearchDays} days for {subscription.ChannelId}.");
    }

    /// <summary>The occurrence on a local day, or null when the subscription skips that day.</summary>
    public static DigestOccurrence? On(DigestSubscription subscription, DateOnly localDate)
        => On(subscription, TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZoneId), localDate);

    private static DigestOccurrence? On(DigestSubscription subscription, TimeZoneInfo zone, DateOnly localDate)
    {
        if (subscription.Days == DigestDays.Weekdays && localDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            return null;
        var local = localDate.ToDateTime(subscription.LocalTime, DateTimeKind.Unspecified);
        return new DigestOccurrence(localDate, ToUtc(local, zone));
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // The clock jumps over this time today: the first valid minute is the moment of the jump
            // (transitions fall on whole minutes).
            local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
            do
                local = local.AddMinutes(1);
            while (zone.IsInvalidTime(local));
        }
        // Twice-happening times: the larger offset is the earlier instant, the first time the clock shows it.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The day it is in <paramref name="zone"/> at <paramref name="instant"/>: the day a digest is keyed by.</summary>
    public static DateOnly Today(TimeZoneInfo zone, DateTimeOffset instant)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
