using ConfBot.Checklist;
using ConfBot.Core.Digests;
using ConfBot.Slack.BlockKit;
using ConfBot.Slack.Replies;
using ConfBot.Slack.Requests;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Rendering;

/// <summary>The Home tab: what ConfBot knows, the viewer's action points, and how to ask it.</summary>
internal static class HomeBlocks
{
    /// <param name="mine">Action points the viewer took and has not finished, shown with their checklist buttons.</param>
    public static HomeView Render(IReadOnlyList<ConferenceCount> conferences, string commandName, IReadOnlyList<DigestActionPoint> mine)
    {
        var total = conferences.Sum(c => c.Talks);
        var blocks = new List<Block>
        {
            new HeaderBlock("ConfBot"),
            SectionBlock.Mrkdwn("I answer questions from the team's conference notes: which talks covered a topic, what they said, their slides and videos, and the action points people took home."),
            new DividerBlock(),
            SectionBlock.Mrkdwn(total == 0 ? "*No notes are indexed yet.*" : $"*What I know: {total} talks*"),
        };
        if (conferences.Count > 0)
            blocks.Add(SectionBlock.Mrkdwn(SlackText.Truncate(ConferenceBlocks.List(conferences), BlockKitLimits.SectionText)));
        blocks.Add(new DividerBlock());
        AddMine(blocks, mine, commandName);
        blocks.Add(SectionBlock.Mrkdwn("*Try asking*\n" + string.Join("\n", ConfBotCommands.All.Select(c => $"• `{commandName} {c.Example}`"))));
        blocks.Add(new ContextBlock([new MrkdwnText("Send me a direct message with just the question, or mention @ConfBot in a channel to answer in a thread.")]));
        return new HomeView(blocks);
    }

    private static void AddMine(List<Block> blocks, IReadOnlyList<DigestActionPoint> mine, string commandName)
    {
        if (mine.Count == 0)
        {
            blocks.Add(SectionBlock.Mrkdwn($"*Your action points*\nNone taken. `{commandName} actions open` lists the ones waiting for someone."));
            blocks.Add(new DividerBlock());
            return;
        }
        var shown = mine.Take(ChecklistValue.MaxItems).ToList();
        var message = new HomeChecklist([.. shown.Select(r => r.ActionPoint.Id)]);
        blocks.Add(SectionBlock.Mrkdwn("*Your action points*"));
        for (var i = 0; i < shown.Count; i++)
            blocks.AddRange(ActionPointBlocks.Render(shown[i], message, i));
        blocks.Add(new DividerBlock());
    }
}
