using ConfBot.Bot.Requests;

namespace ConfBot.Bot.Digests;

/// <summary>What follows <c>digest</c>: a verb (none is <c>status</c>) and, after <c>subscribe</c>, the schedule.</summary>
/// <param name="Schedule">The words <see cref="SubscribeArguments"/> reads; empty for the other verbs.</param>
public sealed record DigestRequest(DigestVerb Verb, string Schedule)
{
    /// <summary>
    /// Null when the words are not a digest command ("of the kubernetes talks", "now please"). Any words after
    /// <c>subscribe</c> are its schedule, so a mistyped time is named in the reply rather than searched for.
    /// </summary>
    public static DigestRequest? Parse(string argument)
    {
        var (word, rest) = CommandWords.Of(argument);
        DigestVerb? verb = word.ToLowerInvariant() switch
        {
            "" or "status" => DigestVerb.Status,
            "subscribe" => DigestVerb.Subscribe,
            "unsubscribe" => DigestVerb.Unsubscribe,
            "now" => DigestVerb.Now,
            "preview" => DigestVerb.Preview,
            _ => null,
        };
        return verb switch
        {
            DigestVerb.Subscribe => new(DigestVerb.Subscribe, rest),
            { } other when rest.Length == 0 => new(other, ""),
            _ => null,
        };
    }
}
