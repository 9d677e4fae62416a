using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A talk named in prose by its quoted title: "The talk on 'Imposter syndrome' by Vijay Sharma", "Kenji Takeda's
/// workshop on 'Learn how to become an AI Super-RSE'", ""Beyond Mocks" speaker Nicholas Henry argued…". A quoted
/// phrase is a talk only with a second signal beside it — a kind of session or a person — since prose quotes many
/// things that are not talks ("Phoenix test" wraps other libraries).
/// </summary>
internal sealed partial record QuotedTalkMention(string Title, string? Speaker)
{
    private const int MaxTitleWords = 16;
    private const int Nearby = 80;

    public static IEnumerable<QuotedTalkMention> In(string sentence)
    {
        foreach (Match quote in Quoted().Matches(sentence))
        {
            var title = quote.Groups["title"].Value.Trim();
            if (!IsTitleShaped(title))
                continue;
            // A speaker or a kind of session sits right beside the title: looking further only costs time.
            var before = sentence[Math.Max(0, quote.Index - Nearby)..quote.Index];
            var after = sentence[(quote.Index + quote.Length)..Math.Min(sentence.Length, quote.Index + quote.Length + Nearby)];
            var speaker = SpeakerAfter(after) ?? SpeakerBefore(before);
            var sessionNear = SessionBefore().IsMatch(before) || SessionAfter().IsMatch(after);
            if (speaker is not null || sessionNear)
                yield return new QuotedTalkMention(title, speaker);
        }
    }

    /// <summary>"… by Vijay Sharma", "… speaker Nicholas Henry", "… Divya Sasidharan had nice slides".</summary>
    private static string? SpeakerAfter(string after) =>
        NameAfter().Match(after) is { Success: true } m && PersonName.IsName(m.Groups["name"].Value) ? m.Groups["name"].Value : null;

    /// <summary>"Rich Hickey (author of Clojure) "…"", "Kenji Takeda's workshop on '…'".</summary>
    private static string? SpeakerBefore(string before)
    {
        var m = NameBefore().Match(before);
        if (!m.Success)
            return null;
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The name is the last words before the quote: try the longest run that reads as a person's name.
        for (var take = Math.Min(4, words.Length); take >= 2; take--)
        {
            var name = string.Join(' ', words[^take..]);
            if (PersonName.IsName(name))
                return name;
        }
        return null;
    }

    private static bool IsTitleShaped(string title)
    {
        var words = Sentences.WordCount(title);
        return words is >= 1 and <= MaxTitleWords && title.Any(char.IsLetter) && !title.EndsWith('.') && title.Length >= 4;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:""(?<title>[^""]{3,120})""|“(?<title>[^”]{3,120})”|‘(?<title>[^’]{3,120})’|'(?<title>[^']{3,120})'(?![\p{L}\p{N}])|„(?<title>[^“”]{3,120})[“”]|«\s?(?<title>[^»]{3,120})\s?»)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:" + HeadingKinds.SessionKinds + @")s?\s+(?:(?:on|about|called|titled|entitled|named|über|sur|sobre)\s+)?[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SessionBefore();

    [GeneratedRegex(@"^\s*[,:]?\s*(?:" + HeadingKinds.SessionKinds + @")s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionAfter();

    [GeneratedRegex(@"^\s*[,:]?\s*(?:(?:by|from|speaker|presenter|von|par|de)\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|da|le)?\s*\p{Lu}[\p{L}'’-]+){1,2})")]
    private static partial Regex NameAfter();

    [GeneratedRegex(@"(?<name>(?:(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|da|del|di|du|le|la|ter)\s+){1,3}\p{Lu}[\p{L}'’-]+?)(?:['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:(?i:" + HeadingKinds.SessionKinds + @")s?\s+)?(?:on|about|called|titled)?\s*|\s*\([^)]*\)\s*[:,]?\s*|\s*[:,]?\s*)$")]
    private static partial Regex NameBefore();
}
