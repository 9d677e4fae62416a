namespace ConfBot.Core.Search;

/// <summary>Finds the talks a question is about. Safe to call from many threads at once.</summary>
public interface ITalkSearch
{
    /// <summary>The best matching talks, best first; none (with suggestions) when nothing matches well.</summary>
    SearchResults Search(SearchQuery query, int top);

    /// <summary>A question as people type it, filters such as <c>speaker:"…"</c> included.</summary>
    SearchResults Search(string question, int top) => Search(SearchQuery.Parse(question), top);
}
