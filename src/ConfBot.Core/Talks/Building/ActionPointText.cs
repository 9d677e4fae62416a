using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// The one place that knows how an author marks an action point, whatever the note's format: the format's own mark on
/// a block (<see cref="ActionMark"/>: a task-list checkbox, an rst todo directive), a label heading a list ("Action
/// items:", "Next steps", "TODO"), a line that starts with a marker ("TODO - get the code", "TODO Try Karpenter",
/// Org's "DONE Read the paper", "[ ] Evaluate Hubble"), or a marker mid-line ("... **Action point:** try Semian").
/// Intentions and imperatives in prose ("I will try to watch the video", "check out X") carry no mark: key points.
/// </summary>
internal static partial class ActionPointText
{
    /// <summary>A heading or line that is only a label, maybe with an aside ("Action items (for me):"): the list it heads is a to-do list.</summary>
    public static bool IsLabel(string text) =>
        Label().IsMatch(Aside().Replace(text, " ").Trim().Trim('*', '_', '#', ' ').TrimEnd(':', ' ').Trim('*', '_', ' '));

    /// <summary>
    /// A block that heads a to-do list. A bullet needs its colon ("- Next steps:"): without one, "- Actions" or
    /// "- Next steps" is as likely a speaker's own point with sub-points (Redux's actions, a project's roadmap).
    /// </summary>
    public static bool IsLabel(NoteBlock block, string text) =>
        IsLabel(text) && (block.Kind != BlockKind.Item || text.TrimEnd().EndsWith(':'));

    /// <summary>A heading that is an action point itself (an Org "TODO ..." headline), not a talk.</summary>
    public static bool IsMarkedHeading(string text) => LeadingMarker().IsMatch(text.Trim());

    /// <summary>
    /// What one block holds: the text still to read as a key point and the action points it marks. The whole block is
    /// action points when its format marks it, it starts with a marker, or it sits in a to-do list
    /// (<paramref name="inActionList"/>); otherwise only what follows a mid-line marker is.
    /// </summary>
    public static (string Remaining, IReadOnlyList<NotedActionPoint> Actions) Read(NoteBlock block, string text, bool inActionList)
    {
        var leading = LeadingMarker().Match(text);
        var isDone = block.Action == ActionMark.Done || leading.Groups["done"].Success;
        var (before, after) = Split(leading.Success ? text[leading.Length..] : text);
        var whole = leading.Success || inActionList || block.Action != ActionMark.None;
        var actions = (whole && before.Length > 0 ? after.Prepend(before) : after)
            .Select(a => new NotedActionPoint(a, isDone))
            .ToList();
        return (whole ? "" : before, actions);
    }

    /// <summary>The text before any mid-line marker and each action point after one.</summary>
    private static (string Before, IReadOnlyList<string> Actions) Split(string text)
    {
        var matches = InlineMarker().Matches(text);
        if (matches.Count == 0)
            return (text.Trim(), []);
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

    // A label heads a list only when it is all the line says; "Next steps for the project" is a title.
    [GeneratedRegex(@"^(?:my\s+)?(?:(?:action|next)\s+(?:items?|points?|steps?)|to[\s-]?dos?|follow[\s-]?ups?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\([^()]{0,200}\)")]
    private static partial Regex Aside();

    // At the start of a line the mark may be a keyword (TODO/DONE in capitals, as Org and code comments write them),
    // a checkbox typed as text, or a label followed by a colon or a dash ("TODO - get Brandon's code", "Follow up: ...").
    [GeneratedRegex(
        @"^(?:(?:TODO|(?<done>DONE))(?=[\s:\-–—])|\[(?:\s|(?<done>[xX]))\](?=\s)|☐(?=\s)|(?<done>[☒☑])(?=\s)|(?i:(?:action\s+(?:points?|items?)|actions?|to[\s-]?do|next\s+steps?|follow[\s-]?ups?)(?=\s*:|\s+[-–—])))[\s:\-–—]*(?=\S)")]
    private static partial Regex LeadingMarker();

    // Case matters mid-line: "Action point:" and "TODO:" are markers, while a sentence that merely says "next steps: ..." is prose.
    [GeneratedRegex(@"(?:^|(?<=\s))(?:[Aa]ction\s+[Pp]oints?|[Aa]ction\s+[Ii]tems?|ACTION\s+(?:POINTS?|ITEMS?)|TODO|To-?[Dd]o|Next\s+[Ss]teps?|Follow[\s-]?[Uu]ps?)\s*:\s*")]
    private static partial Regex InlineMarker();
}
