using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>What one channel's daily digest says; the Slack side turns it into a message.</summary>
/// <param name="TalkOfTheDay">A talk the channel has not been shown yet (or least recently, once all have been).</param>
/// <param name="NewTalks">Talks that appeared in the notes since the channel's last digest, newest first.</param>
/// <param name="OpenActionPoints">The first few action points nobody has marked done, unclaimed ones first.</param>
public sealed record Digest(
    DigestKey Key,
    Talk TalkOfTheDay,
    IReadOnlyList<Talk> NewTalks,
    IReadOnlyList<DigestActionPoint> OpenActionPoints);
