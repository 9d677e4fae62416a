using System.Globalization;
using ConfBot.Core.State;

namespace ConfBot.Bot.Digests;

/// <summary>What follows <c>digest subscribe</c>: <c>[HH:MM] [IANA time zone] [weekdays|daily]</c>, in any order.</summary>
public sealed record SubscribeArguments(TimeOnly? Time, string? TimeZoneId, DigestDays Days)
{
    /// <summary>The arguments, or a problem to show the user naming the word that was not understood.</summary>
    public static (SubscribeArguments? Arguments, string? Problem) Parse(string text)
    {
        TimeOnly? time = null;
        string? zone = null;
        var days = DigestDays.Weekdays;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("daily", StringComparison.OrdinalIgnoreCase))
                days = DigestDays.Daily;
            else if (word.Equals("weekdays", StringComparison.OrdinalIgnoreCase))
                days = DigestDays.Weekdays;
            // Time zone names start with a letter, so anything starting with a digit was meant as the time.
            else if (word.Contains(':', StringComparison.Ordinal) || char.IsAsciiDigit(word[0]))
            {
                if (!TimeOnly.TryParseExact(word, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    return (null, $"“{word}” is not a time of day. Use 24-hour `HH:MM`, e.g. `09:30`.");
                time = parsed;
            }
            else if (TimeZoneInfo.TryFindSystemTimeZoneById(word, out var found))
                zone = found.Id;
            else
                return (null, $"“{word}” is not a time zone I know. Use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC`.");
        }
        return (new SubscribeArguments(time, zone, days), null);
    }
}
