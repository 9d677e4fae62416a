namespace ConfBot.Core.Talks.Building;

/// <summary>A talk's links in the order the note gave them, each address once.</summary>
internal sealed class LinkCollector
{
    private readonly List<TalkLink> _links = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public int Count => _links.Count;

    public IReadOnlyList<TalkLink> All => _links;

    public void Add(string url, LinkKind kind, string text)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
            return;
        var key = Key(url);
        if (_byKey.TryGetValue(key, out var at))
        {
            if (_links[at].Kind == LinkKind.Other && kind != LinkKind.Other)
                _links[at] = _links[at] with { Kind = kind };
            return;
        }
        _byKey[key] = _links.Count;
        _links.Add(new TalkLink(url, kind, text));
    }

    /// <summary>http/https, "www." and a trailing slash do not make a different page.</summary>
    public static string Key(string url)
    {
        var key = url.Trim().ToLowerInvariant();
        key = key.StartsWith("https://", StringComparison.Ordinal) ? key[8..] : key.StartsWith("http://", StringComparison.Ordinal) ? key[7..] : key;
        if (key.StartsWith("www.", StringComparison.Ordinal))
            key = key[4..];
        return key.TrimEnd('/');
    }
}
