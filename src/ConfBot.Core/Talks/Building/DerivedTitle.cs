using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A readable title for a talk the note names no title for: "Nick Walker (Vend): debugging services at Vend",
/// or, for an untitled paragraph under a topic, what the paragraph says it was about.
/// </summary>
internal static partial class DerivedTitle
{
    public static string? From(TalkFacts facts, string? sectionTopic, ContentCollector content)
    {
        var firstSentences = content.KeyPoints.Take(2).ToList();
        if (facts.Speakers.Count > 0)
        {
            var who = facts.Company is { } company ? $"{string.Join(", ", facts.Speakers)} ({company})" : string.Join(", ", facts.Speakers);
            var topic = facts.Topic ?? firstSentences.Select(TopicOf).FirstOrDefault(t => t is not null);
            return topic is null ? who : $"{who}: {topic}";
        }
        var first = firstSentences.FirstOrDefault();
        if (first is null)
            return null;
        if (Presented().Match(first) is { Success: true } m)
        {
            var what = Sentences.Shorten(m.Groups["what"].Value.TrimEnd('.'), 80);
            return $"{char.ToUpperInvariant(what[0])}{what[1..]} ({m.Groups["who"].Value.Trim()})";
        }
        var gist = Sentences.Shorten(first.TrimEnd('.'), 70);
        return sectionTopic is { Length: > 0 } t ? $"{t}: {gist}" : gist;
    }

    private static string? TopicOf(string sentence)
    {
        var m = TalkedAbout().Match(sentence);
        if (!m.Success)
            return null;
        // The topic is the clause after "talked about": it ends where the clause does, never at a full stop inside a
        // word ("TAB.co.nz", "Node.js"), and an "e.g." or a spaced dash starts what is said about it.
        var clause = m.Groups["topic"].Value;
        var end = ClauseEnd().Match(clause) is { Success: true } stop ? stop.Index : clause.Length;
        var all = clause[..end].Replace("_", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = all.Take(MaxTopicWords).ToList();
        // Cut short, the words must not end on a function word, which leads into the words left out ("from a",
        // "the architecture of").
        while (all.Length > MaxTopicWords && words.Count > 0 && (FunctionWords.Contains(words[^1]) || words[^1].Trim(Dangling).Length == 0))
            words.RemoveAt(words.Count - 1);
        var topic = string.Join(' ', words).TrimEnd(Dangling);
        return topic.Length > 0 ? topic : null;
    }

    private const int MaxTopicWords = 8;

    /// <summary>What may be left at the end of a cut topic and belongs to the words cut off: "deployment pipelines -".</summary>
    private static readonly char[] Dangling = [' ', '-', '–', '—', '/', '&', '+'];

    [GeneratedRegex(@"\b(?:talked|talking|talks|talk|spoke|speaking|presented|covered|discussed)\s+(?:about|on)\s+(?<topic>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TalkedAbout();

    /// <summary>Where a clause ends: a comma, semicolon, colon or bracket, a full stop ending the sentence, a spaced dash, "e.g.", "i.e.".</summary>
    [GeneratedRegex(@"[,;:()\[\]]|[.!?](?=\s|$)|\s[-–—]+\s|\b(?:e\.g|i\.e)\.", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^(?<who>[A-Z][\w&().' -]{1,60}?)\s+(?:presented|demoed|showed|shared|talked about|spoke about|introduced)\s+(?<what>.{6,})$")]
    private static partial Regex Presented();
}
