namespace ConfBot.Core.State;

/// <summary>Where one digest stands in the log of digests.</summary>
public enum DigestLogState
{
    /// <summary>A runner took it and is posting it (or died doing so; see <see cref="DigestClaimPolicy.Lease"/>).</summary>
    Claimed,
    Posted,
    /// <summary>The last attempt failed; it may be claimed again after <see cref="DigestClaimPolicy.RetryDelay"/>.</summary>
    Failed,
    /// <summary>Its time passed while no runner was up, and the catch-up window had closed when one came back.</summary>
    Skipped,
}
