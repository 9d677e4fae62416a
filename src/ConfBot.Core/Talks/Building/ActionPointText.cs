using System.Text.RegularExpressions;

namespace ConfBot.Core.Talks.Building;

/// <summary>Finds explicit action points in a line of notes: "Action point: ...", "Action items: ...", "TODO: ...".</summary>
internal static partial class ActionPointText
{
    /// <summary>The text before any marker (still a key point) and each action point after one.</summary>
    public static (string Before, IReadOnlyList<string> Actions) Split(string text)
    {
        var matches = Marker().Matches(text);
        if (matches.Count == 0)
            return (text, []);
        var actions = new List<string>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var action = text[start..end].Trim();
            if (action.Length > 0)
                actions.Add(action);
        }
        return (text[..matches[0].Index].Trim(), actions);
    }

    // Case matters mid-line: "Action point:" and "TODO:" are markers, while a sentence that merely says "next steps: ..." is prose.
    [GeneratedRegex(@"(?:^|(?<=\s))(?:[Aa]ction\s+[Pp]oints?|[Aa]ction\s+[Ii]tems?|ACTION\s+(?:POINTS?|ITEMS?)|TODO|To-?[Dd]o|Next\s+[Ss]teps?|Follow[\s-]?[Uu]ps?)\s*:\s*")]
    private static partial Regex Marker();
}
