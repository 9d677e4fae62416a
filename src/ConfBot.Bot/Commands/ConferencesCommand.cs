using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Commands;

/// <summary><c>conferences</c>: which conferences and years the notes cover, with talk counts.</summary>
internal sealed class ConferencesCommand(IKnowledgeBase knowledge) : IBotCommand
{
    public CommandUsage Usage { get; } = new("conferences", "conferences", "which conferences and years the notes cover", "conferences");

    public bool Fits(string rest) => CommandArguments.None(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken)
    {
        var conferences = ConferenceCount.From(knowledge.Catalog);
        if (conferences.Count == 0)
            return Task.FromResult(BotReply.Say(RichText.Of("No notes are indexed yet.")));
        var total = conferences.Sum(c => c.Talks);
        var summary = $"{total} talk{(total == 1 ? "" : "s")} from {conferences.Count} conference{(conferences.Count == 1 ? "" : "s")}";
        return Task.FromResult(new BotReply(summary, [new ReplyParagraph(RichText.Bold($"The notes cover {summary}:")), new ReplyParagraph(ConferenceCount.List(conferences))]));
    }
}
