using System.Text;

namespace ConfBot.Core.Search;

/// <summary>
/// The words a URL carries: host names and path segments often name the tool or project a link is about
/// (github.com/mapbox/spotswap), while schemes, "www" and top-level domains say nothing. Parsed by hand
/// on spans because it runs for every link at indexing time.
/// </summary>
internal static class LinkWords
{
    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "www", "com", "org", "net", "io", "in", "co", "nz", "uk", "html", "htm", "php", "aspx",
        "watch", "blob", "master", "main", "tree", "en", "latest", "doc", "docs", "index",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoiseLookup = Noise.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Extract(string url)
    {
        var span = url.AsSpan();
        var scheme = span.IndexOf("://");
        if (scheme < 0)
            return "";
        span = span[(scheme + 3)..];
        var end = span.IndexOfAny('?', '#');
        if (end >= 0)
            span = span[..end];

        var words = new StringBuilder(span.Length);
        foreach (var range in span.SplitAny("./-_+:"))
        {
            var word = span[range];
            if (word.Length > 1 && !NoiseLookup.Contains(word) && !LooksLikeId(word))
                words.Append(word).Append(' ');
        }
        return words.ToString().TrimEnd();
    }

    /// <summary>Video ids, hashes and numbers are not words anyone asks with.</summary>
    private static bool LooksLikeId(ReadOnlySpan<char> word) =>
        word.ContainsAnyInRange('0', '9') && (word.Length > 8 || !word.ContainsAnyExceptInRange('0', '9'));
}
