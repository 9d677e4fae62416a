using ConfBot.Core.Digests;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;

namespace ConfBot.Checklist;

/// <summary>The <c>actions [open|mine|done] [QUERY]</c> reply: action points with their state and buttons. Pure.</summary>
internal static class ActionListBlocks
{
    /// <param name="total">How many matched before the listing was cut to <see cref="ChecklistValue.MaxItems"/>.</param>
    public static BotReply Render(ActionPointFilter filter, string query, IReadOnlyList<DigestActionPoint> rows, int total)
    {
        var heading = Heading(filter, query);
        if (rows.Count == 0)
        {
            var none = $"{heading}\n_None._ Try `actions` for all of them.";
            return new BotReply(SlackText.Escape($"No {Describe(filter)}action points."), [SectionBlock.Mrkdwn(SlackText.Truncate(none, BlockKitLimits.SectionText))]);
        }

        var message = new ListChecklist(filter, query, [.. rows.Select(r => r.ActionPoint.Id)]);
        var blocks = new List<Block> { SectionBlock.Mrkdwn(SlackText.Truncate(heading, BlockKitLimits.SectionText)) };
        for (var i = 0; i < rows.Count; i++)
            blocks.AddRange(ActionPointBlocks.Render(rows[i], message, i));
        if (total > rows.Count)
            blocks.Add(new ContextBlock([new MrkdwnText($"Showing {rows.Count} of {total}; add words to narrow the list.")]));
        return new BotReply(SlackText.Escape($"{rows.Count} {Describe(filter)}action point{(rows.Count == 1 ? "" : "s")}"), blocks);
    }

    private static string Heading(ActionPointFilter filter, string query)
    {
        var about = query.Length == 0 ? "" : $" from talks about “{Mrkdwn.Text(query)}”";
        return filter switch
        {
            ActionPointFilter.Open => $"*Open action points{about}*",
            ActionPointFilter.Mine => $"*Action points you took{about}*",
            ActionPointFilter.Done => $"*Done action points{about}*",
            _ => $"*Action points{about}*",
        };
    }

    private static string Describe(ActionPointFilter filter) => filter switch
    {
        ActionPointFilter.Open => "open ",
        ActionPointFilter.Mine => "of your ",
        ActionPointFilter.Done => "done ",
        _ => "",
    };
}
