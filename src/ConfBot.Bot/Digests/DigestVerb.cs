namespace ConfBot.Bot.Digests;

/// <summary>What <c>digest …</c> does in the channel it was typed in.</summary>
public enum DigestVerb
{
    Status,
    Subscribe,
    Unsubscribe,
    Now,
    Preview,
}
