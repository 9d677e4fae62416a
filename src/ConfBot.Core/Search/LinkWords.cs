namespace ConfBot.Core.Search;

/// <summary>
/// The words a URL carries: host names and path segments often name the tool or project a link is about
/// (github.com/mapbox/spotswap), while schemes, "www" and top-level domains say nothing.
/// </summary>
internal static class LinkWords
{
    private static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "www", "com", "org", "net", "io", "in", "co", "nz", "uk", "html", "htm", "php", "aspx",
        "watch", "blob", "master", "main", "tree", "en", "latest", "doc", "docs", "index",
    };

    public static string Extract(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return "";
        var words = uri.Host.Split('.').Concat(uri.AbsolutePath.Split('/', '-', '_', '.', '+'))
            .Where(w => w.Length > 1 && !Noise.Contains(w) && !LooksLikeId(w));
        return string.Join(' ', words);
    }

    /// <summary>Video ids, hashes and numbers are not words anyone asks with.</summary>
    private static bool LooksLikeId(string word) =>
        word.Any(char.IsDigit) && (word.Length > 8 || word.All(char.IsDigit));
}
