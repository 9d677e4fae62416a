using System.Globalization;
using System.Text.RegularExpressions;

namespace ConfBot.Bot.Threads;

/// <summary>
/// Reads a thread reply as a follow-up to the previous answer when every word of it is a reference to a talk
/// ("the second one", "it", "last"), a word for what is wanted of it (links, who gave it, more), or a word that
/// only carries those ("tell me about", "for", "please"). One word outside these makes it a question of its own:
/// "links for the second one" is a follow-up, "links for kubernetes" and "how does it scale" are asked afresh.
/// </summary>
public static partial class FollowUpReader
{
    private static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly HashSet<string> LastWords = ["last", "final", "latter", "bottom"];

    private static readonly HashSet<string> FocusWords = ["it", "its", "that", "this", "that's", "it's"];

    private static readonly HashSet<string> LinkWords =
        ["link", "links", "slide", "slides", "deck", "decks", "video", "videos", "recording", "recordings", "recorded", "url", "urls"];

    private static readonly HashSet<string> SpeakerWords =
        ["who", "who's", "speaker", "speakers", "presenter", "presenters", "spoke", "speak", "presented", "gave", "given", "delivered"];

    private static readonly HashSet<string> NextPageWords = ["more", "next", "page", "results", "others", "other", "another", "further"];

    // Words that only carry a follow-up: none of them is something to search the notes for.
    private static readonly HashSet<string> Carriers =
    [
        "the", "a", "an", "one", "ones", "talk", "talks", "on", "for", "of", "to", "in", "from", "about", "with", "and", "or",
        "me", "us", "i", "we", "you", "can", "could", "would", "will", "please", "pls", "thanks", "tell", "show", "give", "get",
        "see", "share", "send", "what", "what's", "whats", "was", "is", "were", "are", "did", "do", "does", "has", "have", "had",
        "any", "some", "all", "details", "detail", "info", "information", "everything", "full", "say", "said", "open", "there",
        "expand", "explain", "go", "into", "number", "no", "#", "ok", "okay", "then", "also", "again", "yes", "now", "just",
    ];

    /// <summary>The follow-up <paramref name="text"/> makes, or null when it asks something new.</summary>
    public static FollowUp? Read(string? text)
    {
        TalkPointer? pointer = null;
        bool links = false, speakers = false, next = false;
        foreach (Match word in Word().Matches((text ?? "").ToLowerInvariant()))
        {
            var w = word.Value.Replace('’', '\'');
            if (Ordinal(w) is { } n)
                pointer = new TalkPointer(n);
            else if (LastWords.Contains(w))
                pointer = new TalkPointer(null, Last: true);
            else if (FocusWords.Contains(w))
                pointer ??= TalkPointer.Focus;
            else if (LinkWords.Contains(w))
                links = true;
            else if (SpeakerWords.Contains(w))
                speakers = true;
            else if (NextPageWords.Contains(w))
                next = true;
            else if (!Carriers.Contains(w))
                return null;
        }

        if (links || speakers)
            return new FollowUp(links ? FollowUpKind.Links : FollowUpKind.Speakers, pointer ?? TalkPointer.Focus);
        if (pointer is not null)
            return new FollowUp(FollowUpKind.Talk, pointer);
        return next ? new FollowUp(FollowUpKind.NextPage, null) : null;
    }

    // first…tenth, 1st…10th, and a bare 1…10 ("talk 2", "#3"); a larger number (a year) is no talk's place.
    private static int? Ordinal(string word)
    {
        var index = Array.IndexOf(OrdinalWords, word);
        if (index >= 0)
            return index + 1;
        var digits = NumberedOrdinal().Match(word);
        return digits.Success && int.TryParse(digits.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= OrdinalWords.Length
            ? n
            : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}#'’]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^#?(\d{1,2})(?:st|nd|rd|th)?$")]
    private static partial Regex NumberedOrdinal();
}
