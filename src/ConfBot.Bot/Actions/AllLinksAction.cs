using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Actions;

/// <summary>"N more links": every link of one talk, talk page, slides and video first, for the clicker only.</summary>
internal sealed class AllLinksAction(IKnowledgeBase knowledge) : IBotAction
{
    public IReadOnlyList<string> ActionIds { get; } = [AnswerActions.ShowAllLinks];

    public Task<BotResponse?> RunAsync(BotClick click, CancellationToken cancellationToken)
    {
        var talk = click.Value is { } id ? knowledge.Catalog.Find(id) : null;
        var reply = talk is null ? BotReply.Say(RichText.Of("That talk is no longer in the notes.")) : TalkLinksReply.Render(talk);
        return Task.FromResult<BotResponse?>(new BotResponse(reply, ReplyDelivery.ToClicker));
    }
}
