using ConfBot.Core.Search;

namespace ConfBot.Core.Answers;

/// <summary>Answers a question from the teams' conference notes.</summary>
public interface IAnswerService
{
    /// <summary>Up to <paramref name="top"/> talks that answer the query; none, with suggestions, when nothing matches well.</summary>
    Answer Ask(SearchQuery query, int top = 3);
}

/// <summary>Answering a question as people type it.</summary>
public static class AnswerServiceExtensions
{
    /// <summary>The question's filters (<c>speaker:"…"</c>) and words read by <see cref="SearchQuery.Parse"/>.</summary>
    public static Answer Ask(this IAnswerService answers, string question, int top = 3) => answers.Ask(SearchQuery.Parse(question), top);
}
