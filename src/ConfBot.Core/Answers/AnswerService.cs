using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Answers;

internal sealed class AnswerService(ITalkSearch search, IOptions<NotesOptions>? notes = null) : IAnswerService
{
    public Answer Ask(string question, int top = 3) => AnswerComposer.Compose(search.Search(question, top), notes?.Value.NotesWebsite);
}
