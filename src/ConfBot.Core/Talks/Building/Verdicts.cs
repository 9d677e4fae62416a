using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// The author speaking about the talk rather than reporting it: first person, evaluative words ("nice", "terrible",
/// "enjoyed"), verdict and concession markers ("overall", "albeit", "while I had expectations"). A summary says what
/// a talk was about, so these weigh a sentence down, and a verdict clause hanging off a reporting sentence is cut.
/// </summary>
internal static partial class Verdicts
{
    private static readonly HashSet<string> FirstPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "my", "myself", "mine",
    };

    private static readonly HashSet<string> EvaluativeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nice", "great", "good", "bad", "best", "worst", "terrible", "awful", "horrible", "awesome", "amazing", "excellent",
        "interesting", "boring", "cool", "fun", "funny", "enjoy", "enjoyed", "enjoyable", "love", "loved", "lovely", "liked",
        "disappointing", "disappointed", "fantastic", "brilliant", "impressive", "impressed", "neat", "superb", "wonderful",
        "favourite", "favorite", "recommend", "recommended", "underwhelming", "insightful", "inspiring", "entertaining",
        "engaging", "dull", "meh", "dubious", "weird", "exciting", "excited", "glad", "pretty", "quite", "really",
        "expectation", "expectations",
    };

    private static readonly HashSet<string> ConcessionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "whilst", "although", "though", "even", "despite",
    };

    private static readonly HashSet<string> VerdictOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "overall", "honestly", "personally", "frankly", "sadly", "unfortunately", "hopefully",
    };

    /// <summary>How many kinds of opinion signal a sentence carries (0 for plain reporting).</summary>
    public static int Signals(string sentence)
    {
        var words = Words(sentence);
        var firstPerson = words.Any(w => w == "I" || w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal) || FirstPersonWords.Contains(w));
        var verdict = words.Count > 0 && VerdictOpeners.Contains(words[0]) || VerdictPhrase().IsMatch(sentence);
        return (firstPerson ? 1 : 0)
            + Math.Min(2, words.Count(EvaluativeWords.Contains))
            + (verdict ? 1 : 0)
            + (sentence.Contains('!') ? 1 : 0);
    }

    /// <summary>The sentence's words as written, apostrophes kept ("I've", "don't").</summary>
    public static List<string> Words(string sentence)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || start >= 0 && sentence[i] is '\'' or '’');
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(sentence[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// The sentence without a leading concession ("While I had expectations of this talk, "), a trailing one
    /// (", albeit applied to a terrible cause") or an aside ("(one which I missed)") that voices an opinion, when what
    /// is left still says something.
    /// "While Amazon started as a monolith, ..." reports, and stays.
    /// </summary>
    public static string WithoutVerdictClauses(string sentence)
    {
        var trimmed = sentence;
        // Each pattern only where its words are: every sentence of every note comes through here on a reload.
        if (Words(trimmed) is [var first, ..] && ConcessionOpeners.Contains(first))
            trimmed = Cut(LeadingConcession(), trimmed);
        if (trimmed.Contains("though", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("albeit", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains(", but", StringComparison.OrdinalIgnoreCase))
            trimmed = Cut(TrailingConcession(), trimmed);
        if (trimmed.Contains('('))
            trimmed = Cut(Aside(), trimmed);
        trimmed = trimmed.Trim();
        if (trimmed == sentence || Sentences.WordCount(trimmed) < 4)
            return sentence;
        var end = ".!?".Contains(trimmed[^1]) || !sentence.EndsWith('.') ? "" : ".";
        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..] + end;
    }

    private static string Cut(Regex clause, string sentence) =>
        clause.Replace(sentence, m => Signals(m.Value) > 0 ? "" : m.Value);

    [GeneratedRegex(@"^(?:all in all|in short|in summary)\b|\b(?:albeit|in my opinion|to be honest|kind of|sort of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerdictPhrase();

    [GeneratedRegex(@"^(?:while|whilst|although|though|even though|despite)\b[^,()]{1,160},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConcession();

    [GeneratedRegex(@"(?:,\s+but|,?\s+(?:albeit|although|(?:even\s+)?though))\b[^,()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConcession();

    [GeneratedRegex(@"\s*\([^()]{1,200}\)")]
    private static partial Regex Aside();
}
