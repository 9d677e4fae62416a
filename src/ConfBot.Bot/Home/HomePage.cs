using ConfBot.Bot.Checklist;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Home;

/// <summary>One user's Home tab: what ConfBot knows, the action points they took, and how to ask it.</summary>
public sealed class HomePage(IKnowledgeBase knowledge, ActionPointBoard board, CommandTable commands)
{
    public async Task<BotReply> RenderAsync(BotContext context, CancellationToken cancellationToken)
    {
        var conferences = ConferenceCount.From(knowledge.Catalog);
        var mine = await board.ClaimedByAsync(context.UserId, cancellationToken);
        var total = conferences.Sum(c => c.Talks);
        var parts = new List<ReplyPart>
        {
            new ReplyHeading("ConfBot"),
            new ReplyParagraph(RichText.Of("I answer questions from the team's conference notes: which talks covered a topic, what they said, their slides and videos, and the action points people took home.")),
            new ReplyDivider(),
            new ReplyParagraph(RichText.Bold(total == 0 ? "No notes are indexed yet." : $"What I know: {total} talks")),
        };
        if (conferences.Count > 0)
            parts.Add(new ReplyParagraph(ConferenceCount.List(conferences)));
        parts.Add(new ReplyDivider());
        if (mine.Count == 0)
        {
            parts.Add(new ReplyParagraph(new RichTextBuilder().Bold("Your action points").Line().Text("None taken. ")
                .Code($"{context.CommandName} actions open").Text(" lists the ones waiting for someone.").Build()));
        }
        else
        {
            var shown = mine.Take(ChecklistValue.MaxItems).ToList();
            var message = new HomeChecklist([.. shown.Select(r => r.ActionPoint.Id)]);
            parts.Add(new ReplyParagraph(RichText.Bold("Your action points")));
            for (var i = 0; i < shown.Count; i++)
                parts.AddRange(ActionPointParts.For(shown[i], message, i));
        }
        parts.Add(new ReplyDivider());
        parts.Add(new ReplyParagraph(new RichTextBuilder().Bold("Try asking").Line().Append(HelpReply.Examples(commands, context.CommandName)).Build()));
        parts.Add(new ReplyNote(RichText.Of("Send me a direct message with just the question, or mention @ConfBot in a channel to answer in a thread.")));
        return new BotReply($"ConfBot: {total} talks", parts);
    }
}
