using ConfBot.Core.Search;

namespace ConfBot.Core.Answers;

/// <summary>Answers a question from the teams' conference notes.</summary>
public interface IAnswerService
{
    /// <summary>Up to <paramref name="top"/> talks that answer the query; none, with suggestions, when nothing matches well.</summary>
    Answer Ask(SearchQuery query, int top = 3);

    /// <summary>A question as people type it, filters such as <c>speaker:"…"</c> included.</summary>
    Answer Ask(string question, int top = 3) => Ask(SearchQuery.Parse(question), top);
}
