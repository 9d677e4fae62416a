using ConfBot.Core.Search;

namespace ConfBot.Core.Answers;

internal sealed class AnswerService(ITalkSearch search) : IAnswerService
{
    public Answer Ask(string question, int top = 3) => AnswerComposer.Compose(search.Search(question, top));
}
