using ConfBot.Bot.Replies;
using ConfBot.Core.Digests;
using ConfBot.Core.State;

namespace ConfBot.Bot.Checklist;

/// <summary>One action point on a checklist: its text, the talk it came from, who has it, and the buttons that apply.</summary>
public static class ActionPointParts
{
    public const string Claim = "I'll take it";
    public const string Done = "Done";
    public const string Reopen = "Reopen";

    public static IEnumerable<ReplyPart> For(DigestActionPoint row, ChecklistMessage message, int index)
    {
        var text = new RichTextBuilder().Emoji(Mark(row.State.Status)).Text(" " + row.ActionPoint.Text).Line()
            .Italic($"from {row.Talk.Title}").Text(" · ").Append(State(row.State));
        yield return new ReplyParagraph(text.Build());
        var value = ChecklistValue.Encode(message, index);
        // Only the moves that change something: taking a done point or reopening an open one would be a no-op.
        yield return new ReplyButtons(row.State.Status switch
        {
            ActionPointStatus.Open => [new ReplyButton(Claim, ChecklistActions.Claim, value, Primary: true), new ReplyButton(Done, ChecklistActions.Done, value)],
            ActionPointStatus.Claimed => [new ReplyButton(Done, ChecklistActions.Done, value, Primary: true), new ReplyButton(Reopen, ChecklistActions.Reopen, value)],
            _ => [new ReplyButton(Reopen, ChecklistActions.Reopen, value)],
        });
    }

    /// <summary>The state: "open", "taken by @someone", "done by @someone", "ticked off in the notes".</summary>
    public static RichText State(ActionPointState state) => state.Status switch
    {
        ActionPointStatus.Claimed => By("taken by ", state.By),
        ActionPointStatus.Done when state.At is null => RichText.Of("ticked off in the notes"),
        ActionPointStatus.Done => By("done by ", state.By),
        _ => RichText.Of("open"),
    };

    private static RichText By(string what, string? userId) =>
        userId is null ? RichText.Of(what + "someone") : new RichTextBuilder().Text(what).Mention(userId).Build();

    private static string Mark(ActionPointStatus status) => status switch
    {
        ActionPointStatus.Done => "white_check_mark",
        ActionPointStatus.Claimed => "hourglass_flowing_sand",
        _ => "white_square",
    };
}
