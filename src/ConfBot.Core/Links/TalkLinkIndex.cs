using ConfBot.Core.Talks;

namespace ConfBot.Core.Links;

/// <summary>
/// The talks of one catalog by the addresses of their links (<see cref="LinkAddress"/>), built once per catalog so a
/// pasted link is looked up, not searched for. A link to one part of a page (<c>schedule#talk-3</c>) is found by that
/// part; the page alone finds it only when no other talk links into the same page, since a schedule's page is then
/// no one talk's.
/// </summary>
internal sealed class TalkLinkIndex
{
    private readonly Dictionary<string, List<Talk>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Talk>> _intoPage = new(StringComparer.Ordinal);

    private TalkLinkIndex(TalkCatalog catalog) => Catalog = catalog;

    public TalkCatalog Catalog { get; }

    public static TalkLinkIndex Build(TalkCatalog catalog)
    {
        var index = new TalkLinkIndex(catalog);
        foreach (var talk in catalog.Talks)
            foreach (var link in talk.Links)
                if (LinkAddress.Of(link.Url) is { } address)
                {
                    Add(index._exact, address.AnchoredKey, talk);
                    if (address.Anchor is not null)
                        Add(index._intoPage, address.Key, talk);
                }
        return index;
    }

    /// <summary>The talks whose notes link to <paramref name="url"/>, in catalog order; none for an address no note gives.</summary>
    public IReadOnlyList<Talk> Find(string url)
    {
        if (LinkAddress.Of(url) is not { } address)
            return [];
        if (address.Anchor is not null && _exact.TryGetValue(address.AnchoredKey, out var anchored))
            return anchored;
        if (_exact.TryGetValue(address.Key, out var page))
            return page;
        return _intoPage.TryGetValue(address.Key, out var into) && into.Count == 1 ? into : [];
    }

    // Talks are added in catalog order, one talk's links together, so a talk already listed is the last one.
    private static void Add(Dictionary<string, List<Talk>> index, string key, Talk talk)
    {
        if (!index.TryGetValue(key, out var talks))
            index[key] = talks = [];
        if (talks.Count == 0 || !ReferenceEquals(talks[^1], talk))
            talks.Add(talk);
    }
}
