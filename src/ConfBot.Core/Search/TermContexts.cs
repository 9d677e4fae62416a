using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace ConfBot.Core.Search;

/// <summary>
/// Per-snapshot cache of where each (field, term) is in the index. Looking a term up in every segment
/// allocates a terms enumerator per segment; questions repeat the same words, so each is looked up once
/// and the result serves both the document frequency and the term query.
/// </summary>
internal sealed class TermContexts(IndexReader reader)
{
    /// <summary>Bounds memory if a long-running service sees endless distinct words; lookups are cheap to redo.</summary>
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string Field, string Text), TermContext?> _cache = new();

    public int MaxDoc => reader.MaxDoc;

    /// <summary>The term's context, or null when no talk has the term in that field.</summary>
    public TermContext? Get(string field, string text)
    {
        if (_cache.Count > MaxEntries)
            _cache.Clear();
        return _cache.GetOrAdd((field, text), static (key, r) =>
        {
            var context = TermContext.Build(r.Context, new Term(key.Field, key.Text));
            return context.DocFreq > 0 ? context : null;
        }, reader);
    }

    public int DocFreq(string field, string text) => Get(field, text)?.DocFreq ?? 0;

    /// <summary>True when any searched field has the term.</summary>
    public bool Exists(string text)
    {
        foreach (var field in TalkFields.Searched)
        {
            if (Get(field.Name, text) is not null)
                return true;
        }
        return false;
    }
}
