namespace ConfBot.Core.Search;

/// <summary>Finds the talks a question is about. Safe to call from many threads at once.</summary>
public interface ITalkSearch
{
    /// <summary>The best matching talks, best first; none (with suggestions) when nothing matches well.</summary>
    SearchResults Search(SearchQuery query, int top);
}

/// <summary>Searching for a question as people type it.</summary>
public static class TalkSearchExtensions
{
    /// <summary>The question's filters (<c>speaker:"…"</c>) and words read by <see cref="SearchQuery.Parse"/>.</summary>
    public static SearchResults Search(this ITalkSearch search, string question, int top) => search.Search(SearchQuery.Parse(question), top);
}
