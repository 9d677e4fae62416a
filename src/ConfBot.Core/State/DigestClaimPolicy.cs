namespace ConfBot.Core.State;

/// <summary>When a digest that is not posted yet may be claimed again.</summary>
/// <param name="Lease">A claim older than this is taken to belong to a runner that died, and may be taken over.</param>
/// <param name="RetryDelay">A failed attempt is retried no sooner than this after it failed.</param>
/// <param name="MaxAttempts">Claims (including ones that went stale) after which the digest is given up.</param>
public sealed record DigestClaimPolicy(TimeSpan Lease, TimeSpan RetryDelay, int MaxAttempts);
