namespace ConfBot.Core.State;

/// <summary>What a channel's posted digests have shown so far.</summary>
/// <param name="ShownTalks">Talk of the day ids, each with the last time it was shown.</param>
/// <param name="LastPostedAt">When the channel's latest digest was posted; null before its first.</param>
public sealed record DigestHistory(IReadOnlyDictionary<string, DateTimeOffset> ShownTalks, DateTimeOffset? LastPostedAt)
{
    public static DigestHistory None { get; } = new(new Dictionary<string, DateTimeOffset>(), null);
}
