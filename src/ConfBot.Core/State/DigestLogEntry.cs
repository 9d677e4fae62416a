namespace ConfBot.Core.State;

/// <summary>One row of the log of digests.</summary>
/// <param name="ClaimedBy">The runner that last claimed it; null for a skipped digest.</param>
/// <param name="TalkId">The talk of the day it showed, once posted.</param>
/// <param name="UpdatedAt">When the state last changed (claim time while claimed, post time once posted).</param>
public sealed record DigestLogEntry(
    DigestKey Key,
    DigestLogState State,
    string? ClaimedBy,
    int Attempts,
    string? LastError,
    string? TalkId,
    DateTimeOffset UpdatedAt);
