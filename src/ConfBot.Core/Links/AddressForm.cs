using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Links;

/// <summary>
/// One way a well-known site writes the address of one of its items: the hosts, the path with <c>{id}</c> where the
/// item's id stands (<c>*</c> for any one segment), or the query parameter that carries it, and the shape of a valid id.
/// </summary>
/// <param name="Site">Names the item's key, so the same item reached through any of its site's forms gets one key.</param>
internal sealed record AddressForm(string Site, FrozenSet<string> Hosts, string[] Path, string? QueryKey, Regex Id)
{
    private const string IdSegment = "{id}";
    private const string AnySegment = "*";

    public static AddressForm InPath(string site, FrozenSet<string> hosts, string path, Regex id) => new(site, hosts, path.Split('/'), null, id);

    public static AddressForm InQuery(string site, FrozenSet<string> hosts, string path, string key, Regex id) => new(site, hosts, path.Split('/'), key, id);

    /// <summary>The item's id when the address has this form, else null.</summary>
    /// <param name="query">The value of a query parameter, or null when the address has none of that name.</param>
    public string? Match(string host, IReadOnlyList<string> segments, Func<string, string?> query)
    {
        if (!Hosts.Contains(host) || segments.Count != Path.Length)
            return null;
        string? id = QueryKey is null ? null : query(QueryKey);
        for (var i = 0; i < Path.Length; i++)
        {
            if (Path[i] == IdSegment)
                id = segments[i];
            else if (Path[i] != AnySegment && !string.Equals(Path[i], segments[i], StringComparison.OrdinalIgnoreCase))
                return null;
        }
        return id is not null && Id.IsMatch(id) ? id : null;
    }
}
