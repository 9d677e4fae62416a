using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// The author speaking about the talk rather than reporting it: first person, evaluative words ("nice", "terrible",
/// "enjoyed"), verdict and concession markers ("overall", "albeit", "while I had expectations"). A summary says what
/// a talk was about, so these weigh a sentence down, and a verdict clause hanging off a reporting sentence is cut.
/// </summary>
internal static partial class Verdicts
{
    /// <summary>How many kinds of opinion signal a sentence carries (0 for plain reporting).</summary>
    public static int Signals(string sentence) =>
        (FirstPerson().IsMatch(sentence) ? 1 : 0)
        + Math.Min(2, Evaluative().Count(sentence))
        + (VerdictMarker().IsMatch(sentence) ? 1 : 0)
        + (sentence.Contains('!') ? 1 : 0);

    /// <summary>
    /// The sentence without a leading concession ("While I had expectations of this talk, "), a trailing one
    /// (", albeit applied to a terrible cause") or an aside ("(one which I missed)") that voices an opinion, when what
    /// is left still says something.
    /// "While Amazon started as a monolith, ..." reports, and stays.
    /// </summary>
    public static string WithoutVerdictClauses(string sentence)
    {
        var trimmed = Cut(Aside(), Cut(TrailingConcession(), Cut(LeadingConcession(), sentence))).Trim();
        if (trimmed == sentence || Sentences.WordCount(trimmed) < 4)
            return sentence;
        var end = ".!?".Contains(trimmed[^1]) || !sentence.EndsWith('.') ? "" : ".";
        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..] + end;
    }

    private static string Cut(Regex clause, string sentence) =>
        clause.Replace(sentence, m => Signals(m.Value) > 0 ? "" : m.Value);

    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|mine)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(
        @"\b(?:nice|great|good|bad|best|worst|terrible|awful|horrible|awesome|amazing|excellent|interesting|boring|cool|fun|funny|enjoy(?:ed|able)?|lov(?:e|ed|ely)|liked|disappoint(?:ing|ed)|fantastic|brilliant|impress(?:ive|ed)|neat|superb|wonderful|favou?rite|recommend(?:ed)?|underwhelming|insightful|inspiring|entertaining|engaging|dull|meh|dubious|weird|exciting|excited|glad|pretty|quite|really|expectations?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Evaluative();

    [GeneratedRegex(@"^(?:overall|all in all|in short|in summary|honestly|personally|frankly|sadly|unfortunately|hopefully)\b|\b(?:albeit|in my opinion|to be honest|kind of|sort of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerdictMarker();

    [GeneratedRegex(@"^(?:while|although|though|even though|despite|whilst)\b[^,()]{1,160},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConcession();

    [GeneratedRegex(@"(?:,\s+but|,?\s+(?:albeit|although|(?:even\s+)?though))\b[^,()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConcession();

    [GeneratedRegex(@"\s*\([^()]{1,200}\)")]
    private static partial Regex Aside();
}
