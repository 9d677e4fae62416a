using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>Tells a person's name ("Paul Stack", "Guruprasad GV", "John  Clegg") from a title or company in headings like "Name - Company".</summary>
internal static partial class PersonName
{
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "to", "from", "at", "by", "is", "are", "how", "why", "what",
        "day", "talk", "keynote", "session", "notes", "summary", "intro", "introduction", "open", "source", "cloud", "data",
        "devops", "continuous", "modern", "scaling", "building", "running", "working", "testing", "monitoring", "security",
        "update", "updates", "lightning", "ignite", "workshop", "panel", "track", "break", "lunch", "welcome", "closing",
        "batteries", "included", "corp", "inc", "ltd", "llc", "gmbh", "labs", "technologies", "systems", "software", "solutions",
        "group", "foundation", "company", "university", "institute", "typical", "hiring", "leveling", "team", "principles", "vision", "toolchain", "service", "services",
    };

    public static bool IsName(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 4)
            return false;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (NotNameWords.Contains(token))
                return false;
            if (Particle().IsMatch(token) || Honorific().IsMatch(token))
                continue;
            if (!NameToken().IsMatch(token))
                return false;
            capitalised++;
        }
        return capitalised >= 2;
    }

    /// <summary>A handle such as "@kunalgrover05".</summary>
    public static bool IsHandle(string text) => Handle().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}\.?|\p{Lu}{2}|Mc\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+|\(\p{Lu}\p{Ll}+\))$")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"^(?:van|von|de|da|del|der|di|du|le|la|bin|al|el|ter|ten)$")]
    private static partial Regex Particle();

    /// <summary>"Dr", "Prof.", "Mx": titles before a name, not part of telling it is one.</summary>
    [GeneratedRegex(@"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Ing|Mag)\.?$")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^@[A-Za-z0-9_]{1,30}$")]
    private static partial Regex Handle();
}
