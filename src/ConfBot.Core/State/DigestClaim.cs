namespace ConfBot.Core.State;

/// <summary>Proof that a runner holds a digest: only the holder may mark it posted or failed.</summary>
/// <param name="Claimant">The runner's id, unique per process.</param>
/// <param name="Attempt">1 for the first claim; more when a failed or stale claim was taken over.</param>
public sealed record DigestClaim(DigestKey Key, string Claimant, int Attempt);
