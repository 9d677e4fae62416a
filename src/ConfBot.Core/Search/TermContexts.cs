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

    // Counted here: ConcurrentDictionary.Count takes every one of its locks, and asking it on each lookup made
    // concurrent questions queue on them.
    private int _entries;

    public int MaxDoc => reader.MaxDoc;

    /// <summary>The term's context, or null when no talk has the term in that field.</summary>
    public TermContext? Get(string field, string text)
    {
        if (_cache.TryGetValue((field, text), out var cached))
            return cached;
        if (Volatile.Read(ref _entries) > MaxEntries)
        {
            _cache.Clear();
            Volatile.Write(ref _entries, 0);
        }
        var context = TermContext.Build(reader.Context, new Term(field, text));
        var found = context.DocFreq > 0 ? context : null;
        if (_cache.TryAdd((field, text), found))
            Interlocked.Increment(ref _entries);
        return found;
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
