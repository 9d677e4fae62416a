using System.Globalization;
using ConfBot.Core.State;

namespace ConfBot.Bot.Digests;

/// <summary>How digest times read in replies: in the subscription's own time zone, with the zone named.</summary>
public static class DigestTimes
{
    /// <summary>e.g. "at 09:30 Europe/Berlin on weekdays".</summary>
    public static string Schedule(DigestSubscription subscription) =>
        $"at {subscription.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {subscription.TimeZoneId} {(subscription.Days == DigestDays.Daily ? "every day" : "on weekdays")}";

    /// <summary>e.g. "Tue 26 Nov 2026 09:30 Europe/Berlin".</summary>
    public static string Local(DateTimeOffset instant, string timeZoneId)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        return $"{local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} {timeZoneId}";
    }
}
