using ConfBot.Bot.Replies;
using ConfBot.Core.Digests;

namespace ConfBot.Bot.Checklist;

/// <summary>The <c>actions [open|mine|done] [QUERY]</c> reply: action points with their state and buttons. Pure.</summary>
public static class ActionListReply
{
    /// <param name="total">How many matched before the listing was cut to <see cref="ChecklistValue.MaxItems"/>.</param>
    public static BotReply Render(ActionPointFilter filter, string query, IReadOnlyList<DigestActionPoint> rows, int total)
    {
        var heading = Heading(filter, query);
        if (rows.Count == 0)
        {
            var none = new RichTextBuilder().Append(heading).Line().Italic("None.").Text(" Try ").Code("actions").Text(" for all of them.").Build();
            return new BotReply($"No {Describe(filter)}action points.", [new ReplyParagraph(none)]);
        }

        var message = new ListChecklist(filter, query, [.. rows.Select(r => r.ActionPoint.Id)]);
        var parts = new List<ReplyPart> { new ReplyParagraph(heading) };
        for (var i = 0; i < rows.Count; i++)
            parts.AddRange(ActionPointParts.For(rows[i], message, i));
        if (total > rows.Count)
            parts.Add(new ReplyNote(RichText.Of($"Showing {rows.Count} of {total}; add words to narrow the list.")));
        return new BotReply($"{rows.Count} {Describe(filter)}action point{(rows.Count == 1 ? "" : "s")}", parts);
    }

    private static RichText Heading(ActionPointFilter filter, string query)
    {
        var what = filter switch
        {
            ActionPointFilter.Open => "Open action points",
            ActionPointFilter.Mine => "Action points you took",
            ActionPointFilter.Done => "Done action points",
            _ => "Action points",
        };
        return RichText.Bold(query.Length == 0 ? what : $"{what} from talks about “{query}”");
    }

    private static string Describe(ActionPointFilter filter) => filter switch
    {
        ActionPointFilter.Open => "open ",
        ActionPointFilter.Mine => "of your ",
        ActionPointFilter.Done => "done ",
        _ => "",
    };
}
