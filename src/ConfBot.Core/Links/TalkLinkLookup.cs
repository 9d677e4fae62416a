using ConfBot.Core.Search;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Links;

/// <summary>
/// Keeps a <see cref="TalkLinkIndex"/> of the knowledge base's current catalog: rebuilt as each new catalog is swapped
/// in, off the path of a pasted link. A lookup checks the index is of the catalog being served and builds it if not,
/// so one made before this saw the reload (or a slow rebuild that finished after a newer one) is never used.
/// </summary>
internal sealed class TalkLinkLookup : ITalkLinkLookup, IDisposable
{
    private readonly IKnowledgeBase _knowledge;
    private volatile TalkLinkIndex _index;

    public TalkLinkLookup(IKnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _index = TalkLinkIndex.Build(knowledge.Catalog);
        knowledge.Reloaded += OnReloaded;
    }

    public IReadOnlyList<Talk> TalksFor(string url) => Current().Find(url);

    public void Dispose() => _knowledge.Reloaded -= OnReloaded;

    private void OnReloaded(object? sender, TalkCatalog catalog) => _index = TalkLinkIndex.Build(catalog);

    private TalkLinkIndex Current()
    {
        var catalog = _knowledge.Catalog;
        var index = _index;
        if (ReferenceEquals(index.Catalog, catalog))
            return index;
        return _index = TalkLinkIndex.Build(catalog);
    }
}
