using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Answers;

namespace ConfBot.Bot.Commands;

/// <summary><c>links QUERY</c>: every link of the talks about a topic.</summary>
internal sealed class LinksCommand(IAnswerService answers) : IBotCommand
{
    public CommandUsage Usage { get; } = new("links", "links QUERY", "slides, videos and pages for the talks about a topic", "links kubernetes");

    public bool Fits(string rest) => CommandArguments.Some(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AnswerPage.Render(request, answers.Ask(request.Argument, AnswerPage.Depth(request)), AnswerFocus.Links,
            AnswerPage.Quoted("Links for talks about ", request.Argument, ":"), context));
}
