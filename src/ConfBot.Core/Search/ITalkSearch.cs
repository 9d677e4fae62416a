namespace ConfBot.Core.Search;

/// <summary>Finds the talks a question is about. Safe to call from many threads at once.</summary>
public interface ITalkSearch
{
    /// <summary>The best matching talks, best first; none (with suggestions) when nothing matches well.</summary>
    SearchResults Search(string question, int top);
}
