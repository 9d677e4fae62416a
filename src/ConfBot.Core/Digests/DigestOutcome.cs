namespace ConfBot.Core.Digests;

/// <summary>What a runner did about one digest in one tick.</summary>
public enum DigestOutcome
{
    Posted,
    /// <summary>The publisher threw; the attempt is recorded and retried after the retry delay.</summary>
    Failed,
    /// <summary>Its time passed beyond the catch-up window; recorded once, by whichever runner noticed first.</summary>
    Skipped,
}
