using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Links;

/// <summary>
/// A web address reduced to what says which page it is, so the forms people paste and the form a note kept compare
/// equal: http or https, with or without <c>www.</c> or a mobile host, a trailing slash, the host's case, percent
/// escapes, the query's order and its tracking parameters make no difference, and a video under any of its known
/// addresses (<see cref="KnownAddresses"/>) is one key. What does tell pages apart is kept: the rest of the host,
/// the path in its own case, other query parameters, a port that is not the default.
/// </summary>
/// <param name="Key">The page: <c>example.com/talks/42?id=7</c>, or <c>youtube ID</c> for a known video.</param>
/// <param name="Anchor">
/// The fragment when it may name a part of the page (<c>schedule#talk-3</c>, <c>#/session/12</c>); null when there
/// is none or it only says where to start reading or playing (a text fragment, <c>#t=90</c>, a known video's fragment).
/// </param>
internal sealed partial record LinkAddress(string Key, string? Anchor)
{
    // Added by share buttons, newsletters and ad networks to say where a click came from, never which page it is.
    private static readonly FrozenSet<string> Tracking = FrozenSet.ToFrozenSet(
        ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "igsh", "mc_cid", "mc_eid",
         "_hsenc", "_hsmi", "mkt_tok", "si", "feature", "ref", "ref_src", "ref_url", "trk"],
        StringComparer.OrdinalIgnoreCase);

    // Prefixes that name the same site for another device; the rest of the host still has to match.
    private static readonly string[] SameSite = ["www.", "m.", "mobile."];

    private const string TextFragment = ":~:";

    /// <summary>The page with its anchor, when it has one: what a link to one part of a page is indexed under.</summary>
    public string AnchoredKey => Anchor is null ? Key : $"{Key}#{Anchor}";

    /// <summary>The address of an http(s) URL, also one written without its scheme (<c>www.example.com/x</c>); null for anything else.</summary>
    public static LinkAddress? Of(string url)
    {
        var written = url.Trim();
        if (!Uri.TryCreate(written, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            if (!Schemeless().IsMatch(written) || !Uri.TryCreate("https://" + written, UriKind.Absolute, out uri))
                return null;
        }
        if (uri.Scheme is not ("http" or "https") || uri.IdnHost.Length == 0)
            return null;

        var host = SiteHost(uri.IdnHost.ToLowerInvariant());
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var query = QueryParameters(uri.Query);
        if (KnownAddresses.Key(host, segments, name => query.FirstOrDefault(p => p.Name == name).Value) is { } known)
            return new LinkAddress(known, null);

        var key = new StringBuilder(host);
        if (!uri.IsDefaultPort)
            key.Append(':').Append(uri.Port);
        foreach (var segment in segments)
            key.Append('/').Append(segment);
        var kept = query.Where(p => !IsTracking(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
        for (var i = 0; i < kept.Count; i++)
            key.Append(i == 0 ? '?' : '&').Append(kept[i].Name).Append('=').Append(kept[i].Value);
        return new LinkAddress(key.ToString(), AnchorOf(uri.Fragment));
    }

    private static string SiteHost(string host)
    {
        foreach (var prefix in SameSite)
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
                return host[prefix.Length..];
        return host;
    }

    private static bool IsTracking(string name) => name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name);

    // An address that went through HTML keeps "&amp;" between its parameters (Slack sends pasted links so).
    private static List<(string Name, string Value)> QueryParameters(string query) =>
    [
        .. query.TrimStart('?').Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => (Name: Decode(pair[0]), Value: pair.Length == 2 ? Decode(pair[1]) : ""))
            .Where(p => p.Name.Length > 0),
    ];

    private static string Decode(string escaped) => Uri.UnescapeDataString(escaped.Replace('+', ' '));

    private static string? AnchorOf(string fragment)
    {
        var anchor = Uri.UnescapeDataString(fragment.TrimStart('#'));
        var text = anchor.IndexOf(TextFragment, StringComparison.Ordinal);
        if (text >= 0)
            anchor = anchor[..text];
        return anchor.Length == 0 || MediaTime().IsMatch(anchor) ? null : anchor;
    }

    // A host with a dot and a path, as people write an address without http: "www.example.com/talk", "example.com".
    [GeneratedRegex(@"^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d+)?(?:[/?#]|$)")]
    private static partial Regex Schemeless();

    // A media fragment (W3C): where a recording starts playing, "t=90", "t=1m30s", "t=10,20".
    [GeneratedRegex(@"^t=[0-9hms:.,]+$", RegexOptions.IgnoreCase)]
    private static partial Regex MediaTime();
}
