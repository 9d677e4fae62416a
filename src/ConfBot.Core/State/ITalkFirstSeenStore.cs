namespace ConfBot.Core.State;

/// <summary>When each talk id was first seen in the notes, so a digest can list what is new since the last one.</summary>
public interface ITalkFirstSeenStore
{
    /// <summary>
    /// Records <paramref name="now"/> for the ids not seen before and returns the first-seen time of every given id.
    /// </summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> RecordAsync(IReadOnlyCollection<string> talkIds, DateTimeOffset now, CancellationToken cancellationToken = default);
}
