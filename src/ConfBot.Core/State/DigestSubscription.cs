namespace ConfBot.Core.State;

/// <summary>A channel's wish for a daily digest at a local time of day.</summary>
/// <param name="ChannelId">The Slack channel the digest is posted to; one subscription per channel.</param>
/// <param name="LocalTime">Time of day in <paramref name="TimeZoneId"/>, minute precision.</param>
/// <param name="TimeZoneId">IANA time zone id, e.g. <c>Europe/Berlin</c>.</param>
/// <param name="Days">Which days it is posted on.</param>
/// <param name="Since">When the subscription was made or last changed; occurrences before it are never due, so
/// subscribing at 10:00 to a 09:30 digest does not post a "missed" one straight away.</param>
public sealed record DigestSubscription(string ChannelId, TimeOnly LocalTime, string TimeZoneId, DigestDays Days, DateTimeOffset Since);
