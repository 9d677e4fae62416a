using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Commands;

/// <summary><c>talk ID-or-title</c>: one talk in full, found by id, then by title, then by searching for the words.</summary>
internal sealed class TalkCommand(IAnswerService answers, IKnowledgeBase knowledge) : IBotCommand
{
    public const string Name = "talk";

    public CommandUsage Usage { get; } = new(Name, "talk ID-or-title", "everything about one talk: points, links, action points, sources", "talk Working with Secrets");

    public bool Fits(string rest) => CommandArguments.Some(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken)
    {
        var wanted = request.Argument;
        var talks = knowledge.Catalog.Talks;
        var talk = knowledge.Catalog.Find(wanted)
            ?? talks.FirstOrDefault(t => string.Equals(t.Title, wanted, StringComparison.OrdinalIgnoreCase))
            ?? talks.FirstOrDefault(t => t.Title.Contains(wanted, StringComparison.OrdinalIgnoreCase));
        var answer = talk is null ? answers.Ask(wanted, 1) : new Answer(wanted, [new AnswerHit(talk, 1, [], talk.Links)], new Dictionary<string, string>(), []);
        // One talk, so no further pages: a "More results" on it would only repeat it.
        var one = answer with { Hits = [.. answer.Hits.Take(1)] };
        return Task.FromResult(AnswerPage.Render(request with { Offset = 0 }, one, AnswerFocus.Talk, RichText.Of("Here is the talk:"), context));
    }
}
