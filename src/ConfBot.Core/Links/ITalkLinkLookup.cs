using ConfBot.Core.Talks;

namespace ConfBot.Core.Links;

/// <summary>Which talks a link belongs to: the talks whose notes give that page, slide deck or video, however it was pasted.</summary>
public interface ITalkLinkLookup
{
    /// <summary>
    /// The talks of the current notes that link to <paramref name="url"/>, in catalog order; empty when none does or
    /// it is no web address. Scheme, <c>www.</c>, a trailing slash, tracking parameters and a video's other addresses
    /// (<c>youtu.be/ID</c>, <c>youtube.com/embed/ID</c>) do not matter; another path, id or query value does.
    /// </summary>
    IReadOnlyList<Talk> TalksFor(string url);
}
