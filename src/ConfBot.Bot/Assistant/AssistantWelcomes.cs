using ConfBot.Bot.Checklist;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Core.Search;
using ConfBot.Core.State;

namespace ConfBot.Bot.Assistant;

/// <summary>The welcome of the bot's own conversation: what it knows, and prompts built from the notes now served.</summary>
public sealed class AssistantWelcomes(IKnowledgeBase knowledge, ActionPointBoard board, TimeProvider time)
{
    public async Task<AssistantWelcome> ForAsync(BotContext context, CancellationToken cancellationToken)
    {
        var catalog = knowledge.Catalog;
        var rows = await board.RowsAsync(catalog.Talks, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var prompts = SuggestedPrompts.Pick(catalog, rows.Any(r => r.State.Status != ActionPointStatus.Done), today);
        var greeting = Greeting(catalog.Talks.Count, ConferenceCount.From(catalog).Count(c => c.Name != ConferenceCount.Unnamed), context)
            with { Subject = new ReplySubject(ReplyKind.Welcome, []) };
        return new AssistantWelcome(greeting, prompts);
    }

    private static BotReply Greeting(int talks, int conferences, BotContext context)
    {
        if (talks == 0)
            return BotReply.Say(new RichTextBuilder()
                .Text("Hi! I answer questions from the team's conference notes, but none are indexed yet. Once they are, ask me here about any talk.")
                .Build());
        var what = $"{talks} talk{(talks == 1 ? "" : "s")}" + (conferences == 0 ? "" : $" from {conferences} conference{(conferences == 1 ? "" : "s")}");
        return BotReply.Say(new RichTextBuilder()
            .Text($"Hi! I answer questions from the team's conference notes: {what}. Ask me anything about them, or start with a suggestion. ")
            .Text("Elsewhere, use ").Code(context.CommandName).Text(" or mention me.")
            .Build());
    }
}
