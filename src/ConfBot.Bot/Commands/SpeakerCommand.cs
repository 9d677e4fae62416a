using ConfBot.Bot.Answers;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Answers;
using ConfBot.Core.Search;

namespace ConfBot.Bot.Commands;

/// <summary><c>speaker NAME</c>: the talks a speaker gave.</summary>
internal sealed class SpeakerCommand(IAnswerService answers) : IBotCommand
{
    public CommandUsage Usage { get; } = new("speaker", "speaker NAME", "talks given by a speaker", "speaker Paul Stack");

    public bool Fits(string rest) => CommandArguments.PersonName(rest);

    public Task<BotReply> RunAsync(BotRequest request, BotContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AnswerPage.Render(request, answers.Ask(SearchQuery.BySpeaker(request.Argument), AnswerPage.Depth(request)), AnswerFocus.Answer,
            new RichTextBuilder().Text($"Talks by {request.Argument}:").Build(), context));
}
