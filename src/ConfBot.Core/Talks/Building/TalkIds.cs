using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Ids people can type and that survive reloads: made from the talk's conference, year and title, never from
/// its position in a list. Action points hash their normalised text under their talk's id.
/// </summary>
internal static class TalkIds
{
    public static string ForTalk(string? conference, int? year, string title)
    {
        var prefix = conference is null ? "" : ConferenceName.Key(conference) + (year?.ToString(CultureInfo.InvariantCulture) ?? "");
        var slug = Slug(title, 48);
        return prefix.Length > 0 ? $"{prefix}-{slug}" : slug;
    }

    /// <summary>When two talks would share an id, the one from a later note gets a suffix from its note and heading.</summary>
    public static string Disambiguate(string id, NoteSource source) => $"{id}-{Hash($"{source.File}\n{source.Title}")[..6]}";

    public static string ForActionPoint(string talkId, string text) => $"{talkId}#{Hash(Normalise(text))[..8]}";

    internal static string Slug(string text, int max)
    {
        var words = new string(text.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length + word.Length + 1 > max && slug.Length > 0)
                break;
            if (slug.Length > 0)
                slug.Append('-');
            slug.Append(word);
        }
        return slug.Length > 0 ? slug.ToString() : Hash(text)[..8];
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
