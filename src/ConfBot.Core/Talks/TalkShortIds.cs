using System.Security.Cryptography;
using System.Text;

namespace ConfBot.Core.Talks;

/// <summary>
/// Ids short enough to type into <c>/confbot talk ID</c>: the shortest prefix, at least <see cref="MinimumLength"/>
/// hex digits, of a hash of the talk's content id that no other talk in the catalog shares. The hash, not the id's
/// own prefix, because content ids of one conference share their first dozen characters; and a hash of the content
/// id, not of the notes, so the short id survives reloads as long as the talk does.
/// </summary>
public sealed class TalkShortIds
{
    /// <summary>Digits a short id has at least: 32 bits, so two talks sharing them is rare even in a large catalog.</summary>
    public const int MinimumLength = 8;

    private readonly Dictionary<string, string> _shortById;
    private readonly List<(string Hash, Talk Talk)> _byHash;
    private readonly Dictionary<string, Talk> _byId;

    public TalkShortIds(IReadOnlyList<Talk> talks)
    {
        Talks = talks;
        _byHash = [.. talks.Select(t => (Hash(t.Id), t)).OrderBy(p => p.Item1, StringComparer.Ordinal)];
        _byId = talks.DistinctBy(t => t.Id).ToDictionary(t => t.Id, StringComparer.Ordinal);
        _shortById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _byHash.Count; i++)
        {
            // Sorted, so the only hashes sharing a long prefix with this one are its neighbours.
            var shared = Math.Max(i > 0 ? Common(_byHash[i].Hash, _byHash[i - 1].Hash) : 0,
                i + 1 < _byHash.Count ? Common(_byHash[i].Hash, _byHash[i + 1].Hash) : 0);
            _shortById.TryAdd(_byHash[i].Talk.Id, _byHash[i].Hash[..Math.Max(MinimumLength, shared + 1)]);
        }
    }

    /// <summary>The talks these ids were made for.</summary>
    public IReadOnlyList<Talk> Talks { get; }

    /// <summary>The short id shown for a talk of this catalog; the full id for one it does not hold.</summary>
    public string Of(Talk talk) => _shortById.GetValueOrDefault(talk.Id, talk.Id);

    /// <summary>
    /// The talk a person means by <paramref name="reference"/>: its full id, else a prefix of at least
    /// <see cref="MinimumLength"/> characters of its short id or of its full id that only it has. Null when none or
    /// several talks fit.
    /// </summary>
    public Talk? Resolve(string reference)
    {
        var wanted = reference.Trim();
        if (_byId.TryGetValue(wanted, out var exact))
            return exact;
        if (wanted.Length < MinimumLength)
            return null;
        var lower = wanted.ToLowerInvariant();
        return ByHashPrefix(lower)
            ?? Single(_byId.Values.Where(t => t.Id.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The one talk whose hash starts with <paramref name="prefix"/>: in sorted order the first at or after it, when the next does not share it.</summary>
    private Talk? ByHashPrefix(string prefix)
    {
        var (low, high) = (0, _byHash.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_byHash[middle].Hash, prefix) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        bool Fits(int i) => i < _byHash.Count && _byHash[i].Hash.StartsWith(prefix, StringComparison.Ordinal);
        return Fits(low) && !Fits(low + 1) ? _byHash[low].Talk : null;
    }

    private static Talk? Single(IEnumerable<Talk> matches)
    {
        var two = matches.Take(2).ToList();
        return two.Count == 1 ? two[0] : null;
    }

    private static int Common(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
            n++;
        return n;
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
