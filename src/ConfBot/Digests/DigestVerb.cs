namespace ConfBot.Digests;

/// <summary>What <c>digest …</c> does in the channel it was typed in.</summary>
internal enum DigestVerb
{
    Status,
    Subscribe,
    Unsubscribe,
    Now,
    Preview,
}
