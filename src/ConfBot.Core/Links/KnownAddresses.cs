using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ConfBot.Core.Links;

/// <summary>
/// Sites that give one video (or post) several addresses: a share link, the watch page, the player embedded in a
/// conference page, a live stream's page. Each form maps to the site and the item's id, so a note's embed link and a
/// pasted share link are the same talk. Hosts are written as <see cref="LinkAddress"/> leaves them (no <c>www.</c>,
/// <c>m.</c>); the ids are the sites' own shapes, so a path that merely looks similar keeps its own address.
/// </summary>
internal static partial class KnownAddresses
{
    private static readonly FrozenSet<string> YouTube = Hosts("youtube.com", "music.youtube.com", "youtube-nocookie.com");
    private static readonly FrozenSet<string> YouTubeShort = Hosts("youtu.be");
    private static readonly FrozenSet<string> Vimeo = Hosts("vimeo.com");
    private static readonly FrozenSet<string> VimeoPlayer = Hosts("player.vimeo.com");
    private static readonly FrozenSet<string> Dailymotion = Hosts("dailymotion.com");
    private static readonly FrozenSet<string> DailymotionShort = Hosts("dai.ly");
    private static readonly FrozenSet<string> Loom = Hosts("loom.com");
    private static readonly FrozenSet<string> Twitter = Hosts("twitter.com", "x.com");

    private static readonly AddressForm[] Forms =
    [
        AddressForm.InQuery("youtube", YouTube, "watch", "v", YouTubeId()),
        AddressForm.InPath("youtube", YouTube, "embed/{id}", YouTubeId()),
        AddressForm.InPath("youtube", YouTube, "live/{id}", YouTubeId()),
        AddressForm.InPath("youtube", YouTube, "shorts/{id}", YouTubeId()),
        AddressForm.InPath("youtube", YouTube, "v/{id}", YouTubeId()),
        AddressForm.InPath("youtube", YouTubeShort, "{id}", YouTubeId()),
        AddressForm.InPath("vimeo", Vimeo, "{id}", Digits()),
        // An unlisted video's address adds its privacy hash; the number alone still names the video.
        AddressForm.InPath("vimeo", Vimeo, "{id}/*", Digits()),
        AddressForm.InPath("vimeo", Vimeo, "channels/*/{id}", Digits()),
        AddressForm.InPath("vimeo", Vimeo, "groups/*/videos/{id}", Digits()),
        AddressForm.InPath("vimeo", Vimeo, "showcase/*/video/{id}", Digits()),
        AddressForm.InPath("vimeo", VimeoPlayer, "video/{id}", Digits()),
        AddressForm.InPath("dailymotion", Dailymotion, "video/{id}", DailymotionId()),
        AddressForm.InPath("dailymotion", Dailymotion, "embed/video/{id}", DailymotionId()),
        AddressForm.InPath("dailymotion", DailymotionShort, "{id}", DailymotionId()),
        AddressForm.InPath("loom", Loom, "share/{id}", LoomId()),
        AddressForm.InPath("loom", Loom, "embed/{id}", LoomId()),
        // A post's address names its author, but the number alone finds it: any name (or "i/web") shows the same post.
        AddressForm.InPath("tweet", Twitter, "*/status/{id}", Digits()),
        AddressForm.InPath("tweet", Twitter, "i/web/status/{id}", Digits()),
    ];

    /// <summary>
    /// "youtube dQw4w9WgXcQ" for any of a known item's addresses, else null. The space keeps these keys apart from
    /// every address's key, which starts with a host.
    /// </summary>
    public static string? Key(string host, IReadOnlyList<string> segments, Func<string, string?> query)
    {
        foreach (var form in Forms)
            if (form.Match(host, segments, query) is { } id)
                return $"{form.Site} {id}";
        return null;
    }

    private static FrozenSet<string> Hosts(params string[] hosts) => hosts.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex("^x[a-z0-9]{4,}$", RegexOptions.IgnoreCase)]
    private static partial Regex DailymotionId();

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.IgnoreCase)]
    private static partial Regex LoomId();
}
