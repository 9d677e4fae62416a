using System.Diagnostics;
using ConfBot.Core.Diagnostics;
using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Answers;

internal sealed class AnswerService(ITalkSearch search, IOptions<NotesOptions>? notes = null, IEnumerable<IAnswerObserver>? observers = null) : IAnswerService
{
    private readonly IAnswerObserver[] _observers = [.. observers ?? []];

    public Answer Ask(SearchQuery query, int top = 3)
    {
        using var activity = CoreActivities.Start(CoreActivities.Answer);
        var started = Stopwatch.GetTimestamp();
        var answer = AnswerComposer.Compose(search.Search(query, top), notes?.Value.NotesWebsite);
        var elapsed = Stopwatch.GetElapsedTime(started);
        foreach (var observer in _observers)
            observer.Answered(elapsed);
        return answer;
    }
}
