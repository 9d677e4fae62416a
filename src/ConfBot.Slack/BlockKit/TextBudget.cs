namespace ConfBot.Slack.BlockKit;

/// <summary>
/// Keeps a message's blocks within a total text budget. Slack refuses a message whose blocks hold more than about
/// 12,000 characters of text (<c>msg_blocks_too_long</c>) even when each block is within its own limit. The longest
/// lists are shortened first, a whole line at a time so no link or mention is cut, each ending "…and N more"; if
/// that is not enough, trailing blocks go, keeping the closing buttons that lead to the rest.
/// </summary>
public static class TextBudget
{
    public static IReadOnlyList<Block> Fit(IReadOnlyList<Block> blocks, int budget)
    {
        var fitted = blocks.ToList();
        var excess = Length(fitted) - budget;
        // Each list is shortened once, so its "…and N more" always counts the lines of the note.
        var shortened = new HashSet<int>();
        while (excess > 0 && Longest(fitted, shortened) is { } index)
        {
            shortened.Add(index);
            var before = Text(fitted[index]).Length;
            var shorter = Shorten(Text(fitted[index]), before - excess);
            if (shorter.Length >= before)
                continue;
            fitted[index] = SectionBlock.Mrkdwn(shorter);
            excess -= before - shorter.Length;
        }
        while (excess > 0 && fitted.Count > 1)
        {
            var drop = fitted[^1] is ActionsBlock ? fitted.Count - 2 : fitted.Count - 1;
            if (drop < 0)
                break;
            excess -= Text(fitted[drop]).Length;
            fitted.RemoveAt(drop);
        }
        return fitted;
    }

    /// <summary>The text Slack counts against the budget: sections, context and headers.</summary>
    public static int Length(IEnumerable<Block> blocks) => blocks.Sum(b => Text(b).Length);

    // The longest section that still has lines to give up.
    private static int? Longest(List<Block> blocks, HashSet<int> shortened)
    {
        int? longest = null;
        for (var i = 0; i < blocks.Count; i++)
            if (!shortened.Contains(i) && blocks[i] is SectionBlock { Text: { } text } && Lines(text.Text).Length > 2 && (longest is null || text.Text.Length > Text(blocks[longest.Value]).Length))
                longest = i;
        return longest;
    }

    /// <summary>Whole lines from the start within <paramref name="target"/> characters (at least one), then how many were left.</summary>
    private static string Shorten(string text, int target)
    {
        var lines = Lines(text);
        var kept = 1;
        var length = lines[0].Length;
        while (kept < lines.Length - 1 && length + 1 + lines[kept].Length + MoreLine(lines.Length).Length <= target)
            length += 1 + lines[kept++].Length;
        return string.Join("\n", lines.Take(kept)) + "\n" + MoreLine(lines.Length - kept);
    }

    private static string MoreLine(int left) => $"_…and {left} more_";

    private static string[] Lines(string text) => text.Split('\n');

    private static string Text(Block block) => block switch
    {
        SectionBlock { Text: { } text } => text.Text,
        ContextBlock context => string.Concat(context.Elements.Select(e => e.Text)),
        HeaderBlock header => header.Text.Text,
        _ => "",
    };
}
