using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Actions;

/// <summary>"N more links": every link of one talk, talk page, slides and video first, for the clicker only.</summary>
internal sealed class AllLinksAction(IKnowledgeBase knowledge) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [AnswerActions.ShowAllLinks];

    public Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        var talk = click.Value is { } id ? knowledge.Catalog.Find(id) : null;
        var reply = talk is null ? BotReply.Say(RichText.Of("That talk is no longer in the notes.")) : Render(talk);
        return Task.FromResult<BotResponse?>(new BotResponse(reply, ReplyDelivery.ToClicker));
    }

    private static BotReply Render(Core.Talks.Talk talk)
    {
        var links = LinkOrder.ForAnswer(talk.Links);
        var list = links.Count == 0
            ? new RichTextBuilder().Italic("No links in the notes for this talk.").Build()
            : new RichTextBuilder().Bullets(links.Select(TalkParts.LinkText)).Build();
        return new BotReply($"{links.Count} links for {talk.Title}", [new ReplyParagraph(RichText.Bold($"Links for {talk.Title}")), new ReplyParagraph(list)]);
    }
}
