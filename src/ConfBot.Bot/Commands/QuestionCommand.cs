using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Answers;

namespace ConfBot.Bot.Commands;

/// <summary>Anything that is not a command: the talks that best answer it.</summary>
internal sealed class QuestionCommand(IAnswerService answers) : IBotCommand
{
    public CommandUsage Usage { get; } = new(null, "QUESTION", "the talks that best answer a question", "how do people manage secrets with vault?");

    public bool Fits(string rest) => CommandArguments.Any(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AnswerPage.Render(request, answers.Ask(request.Argument, AnswerPage.Depth(request)), AnswerFocus.Answer,
            AnswerPage.Quoted("Talks that answer ", request.Argument, ":"), context));
}
