using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Rendering;

namespace ConfBot.Checklist;

/// <summary>One action point on a checklist: its text, the talk it came from, who has it, and the buttons that apply.</summary>
internal static class ActionPointBlocks
{
    public const string Claim = "I'll take it";
    public const string Done = "Done";
    public const string Reopen = "Reopen";

    public static IEnumerable<Block> Render(DigestActionPoint row, ChecklistMessage message, int index)
    {
        var text = $"{Mark(row.State.Status)} {Mrkdwn.Text(row.ActionPoint.Text)}\n_from {Mrkdwn.Text(row.Talk.Title)}_ · {State(row.State)}";
        yield return SectionBlock.Mrkdwn(SlackText.Truncate(text, BlockKitLimits.SectionText));
        var value = ChecklistValue.Encode(message, index);
        // Only the moves that change something: taking a done point or reopening an open one would be a no-op.
        yield return new ActionsBlock(row.State.Status switch
        {
            ActionPointStatus.Open => [new ButtonElement(Claim, ChecklistActions.Claim, value, ButtonStyle.Primary), new ButtonElement(Done, ChecklistActions.Done, value)],
            ActionPointStatus.Claimed => [new ButtonElement(Done, ChecklistActions.Done, value, ButtonStyle.Primary), new ButtonElement(Reopen, ChecklistActions.Reopen, value)],
            _ => [new ButtonElement(Reopen, ChecklistActions.Reopen, value)],
        });
    }

    /// <summary>The state line: "open", "taken by @someone", "done by @someone", "ticked off in the notes".</summary>
    public static string State(ActionPointState state) => state.Status switch
    {
        ActionPointStatus.Claimed => $"taken by {User(state.By)}",
        ActionPointStatus.Done when state.At is null => "ticked off in the notes",
        ActionPointStatus.Done => $"done by {User(state.By)}",
        _ => "open",
    };

    private static string Mark(ActionPointStatus status) => status switch
    {
        ActionPointStatus.Done => ":white_check_mark:",
        ActionPointStatus.Claimed => ":hourglass_flowing_sand:",
        _ => ":white_square:",
    };

    // The id came from a signed Slack payload, but it is still checked before it becomes a mention.
    private static string User(string? id) =>
        id is { Length: > 1 and < 32 } && id.All(char.IsAsciiLetterOrDigit) && id[0] is 'U' or 'W' ? $"<@{id}>" : "someone";
}
