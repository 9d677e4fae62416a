using System.Text.RegularExpressions;
using ConfBot.Bot.Digests;

namespace ConfBot.Bot.Requests;

/// <summary>
/// What may follow each command's name. When the rest of the text does not fit, the whole text is a question:
/// "help me find talks about monitoring" and "conferences about kubernetes" are asked, not taken for commands.
/// </summary>
public static partial class CommandArguments
{
    // Words that do not occur in a person's name but do in questions that start with "speaker".
    private static readonly HashSet<string> NotInNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "what", "which", "how", "why", "when", "where", "about", "for", "from", "of", "on", "at", "in", "with", "the",
        "talk", "talks", "notes",
    };

    /// <summary>Nothing: <c>conferences</c>.</summary>
    public static bool None(string rest) => rest.Length == 0;

    /// <summary>Any words or none: a question, <c>actions [open|mine|done] [QUERY]</c>.</summary>
    public static bool Any(string rest) => true;

    /// <summary>Some words: a talk's id or title, a topic for <c>links</c>.</summary>
    public static bool Some(string rest) => rest.Length > 0;

    /// <summary>
    /// A person's name as people type one: one to four words of letters ("Paul Stack", "paul", "Seán O'Brien",
    /// "van der Berg"), none of them a question's word ("who talked about vault", "notes from rootconf").
    /// </summary>
    public static bool PersonName(string rest) =>
        NameWords().IsMatch(rest) && !rest.Split(' ').Any(NotInNames.Contains);

    /// <summary>A digest verb; only <c>subscribe</c> takes more words (<see cref="DigestRequest"/>).</summary>
    public static bool Digest(string rest) => DigestRequest.Parse(rest) is not null;

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}.'’-]*(?: \p{L}[\p{L}\p{M}.'’-]*){0,3}$")]
    private static partial Regex NameWords();
}
