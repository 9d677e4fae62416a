using System.Collections.Concurrent;

namespace ConfBot.Slack.Interactions;

/// <summary>A set of at most <c>capacity</c> keys; when full it starts over, so memory stays bounded whatever arrives.</summary>
internal sealed class RecentKeys(int capacity)
{
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="key"/> is added since the set last started over.</summary>
    public bool Add(string key)
    {
        if (_keys.ContainsKey(key))
            return false;
        if (_keys.Count >= capacity)
            _keys.Clear();
        return _keys.TryAdd(key, 0);
    }
}
